package org.atelier.reporting.table.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Writes a {@link Tabular} report's main table as CSV (RFC 4180, comma-separated, CRLF, UTF-8), the headers in the
 * request's language ({@code Accept-Language}: Russian for {@code ru}, English otherwise). Written with Apache Commons
 * CSV, which quotes what needs quoting, so a name with a comma or a quote stays one cell.
 */
public class ReportTableCsvConverter extends AbstractHttpMessageConverter<Tabular> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final String TEXT_CSV_VALUE = "text/csv";

    public ReportTableCsvConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Tabular.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Tabular readInternal(Class<? extends Tabular> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }

    @Override
    protected void writeInternal(Tabular report, HttpOutputMessage output) throws IOException {
        ReportTable table = report.table();
        String language = language(LocaleContextHolder.getLocale());
        String[] headers = table.columns().stream().map(column -> column.headerInMinorUnits(language)).toArray(String[]::new);
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers).get())) {
            for (List<ReportTable.Cell> row : table.rows()) {
                csv.printRecord(row.stream().map(ReportTable.Cell::written).toList());
            }
        }
    }

    static String language(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }
}
