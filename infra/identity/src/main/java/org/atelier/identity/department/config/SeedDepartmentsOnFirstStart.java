package org.atelier.identity.department.config;

import org.atelier.identity.department.application.SeedingDepartments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Adds the default departments on the first start, before anything creates users in them. The provider reports
 * ready only after this ran.
 */
public class SeedDepartmentsOnFirstStart implements ApplicationRunner, Ordered {

    /** Users are created by later runners and need the departments. */
    public static final int ORDER = 0;
    private static final Logger log = LoggerFactory.getLogger(SeedDepartmentsOnFirstStart.class);

    private final SeedingDepartments seeding;

    SeedDepartmentsOnFirstStart(SeedingDepartments seeding) {
        this.seeding = seeding;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seeding.seedIfEmpty()) {
            log.info("Added the default departments");
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
