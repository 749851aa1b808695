package org.atelier.calendar;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The company's calendar for every service: the zone from {@code atelier.company.zone} (a shared default,
 * Europe/Moscow), the clock the service defines (UTC when it defines none).
 */
@AutoConfiguration
public class CompanyCalendarAutoConfiguration {

    /** The zone every service falls back on, also written in the shared service defaults. */
    public static final String DEFAULT_ZONE = "Europe/Moscow";

    @Bean
    @ConditionalOnMissingBean
    CompanyCalendar companyCalendar(ObjectProvider<Clock> clock,
                                    @Value("${atelier.company.zone:" + DEFAULT_ZONE + "}") ZoneId zone) {
        return new CompanyCalendar(clock.getIfAvailable(Clock::systemUTC), zone);
    }
}
