package org.atelier.identity.directory.config;

import org.atelier.identity.department.config.SeedDepartmentsOnFirstStart;
import org.atelier.identity.department.persistence.MongoDepartments;
import org.atelier.identity.directory.application.PublishingTheDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * On the first start of a provider that publishes its directory, announces every department and person stored
 * before, once. It runs before the default departments, demo users and initial admin are created: on a new
 * installation there is nothing to announce, and those are published by their own creation.
 */
public class PublishDirectoryOnFirstStart implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PublishDirectoryOnFirstStart.class);

    private final MongoDepartments departments;
    private final PublishingTheDirectory publishing;

    PublishDirectoryOnFirstStart(MongoDepartments departments, PublishingTheDirectory publishing) {
        this.departments = departments;
        this.publishing = publishing;
    }

    @Override
    public void run(ApplicationArguments args) {
        long versioned = departments.versionUnversioned();
        if (versioned > 0) {
            log.info("Gave {} departments stored before they were versioned the version 1", versioned);
        }
        publishing.publishExistingOnce().ifPresent(published -> log.info(
                "Published the existing directory once: {} departments and {} people announced on the identity topic",
                published.departments(), published.people()));
    }

    @Override
    public int getOrder() {
        return SeedDepartmentsOnFirstStart.ORDER - 1;
    }
}
