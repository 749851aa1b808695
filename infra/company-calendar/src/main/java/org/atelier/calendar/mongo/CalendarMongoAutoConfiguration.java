package org.atelier.calendar.mongo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Spring Data MongoDB's conversions with {@link LocalDateAsIsoDay}: replaces Boot's default bean (which a
 * service cannot add converters to) and keeps what Boot configures in it, the BigDecimal representation.
 */
@AutoConfiguration(before = DataMongoAutoConfiguration.class)
@ConditionalOnClass({MongoCustomConversions.class, DataMongoAutoConfiguration.class})
public class CalendarMongoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions(ObjectProvider<DataMongoProperties> properties) {
        return MongoCustomConversions.create(adapter -> {
            adapter.registerConverters(LocalDateAsIsoDay.converters());
            DataMongoProperties configured = properties.getIfAvailable();
            if (configured != null && configured.getRepresentation().getBigDecimal() != null) {
                adapter.bigDecimal(configured.getRepresentation().getBigDecimal());
            }
        });
    }
}
