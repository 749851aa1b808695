package org.atelier.reporting.table.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds the CSV and spreadsheet writers of the reports' tables beside the JSON one. */
@Configuration(proxyBeanMethods = false)
class TableConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new ReportTableCsvConverter());
        converters.add(new ReportTableXlsxConverter());
    }
}
