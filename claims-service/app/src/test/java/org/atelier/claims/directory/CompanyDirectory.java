package org.atelier.claims.directory;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Departments and their heads as the identity provider publishes them, once per test JVM on the shared broker's
 * identity topic; before each test, waits until the test's context has read them into its directory replica. Put it
 * after {@code @UsesSharedInfrastructure}.
 */
public class CompanyDirectory implements BeforeAllCallback, BeforeEachCallback {

    public static final List<DirectoryDepartment> DEPARTMENTS = List.of(
            new DirectoryDepartment("sales", "Sales", "Отдел продаж", true),
            new DirectoryDepartment("marketing", "Marketing", "Маркетинг", true),
            new DirectoryDepartment("production", "Production", "Производство", true),
            new DirectoryDepartment("logistics", "Logistics", "Логистика", true),
            new DirectoryDepartment("top-management", "Top management", "Высшее руководство", true));

    /** username → department of every department head published. */
    public static final List<String[]> HEADS = List.of(new String[] {"sales-head", "sales"}, new String[] {"marketing-head", "marketing"},
            new String[] {"production-head", "production"}, new String[] {"logistics-head", "logistics"});

    private static boolean published;

    public static synchronized void publishOnce() {
        if (published) {
            return;
        }
        SharedInfrastructure.start();
        try (EventTopicWriter writer = new EventTopicWriter(SharedInfrastructure.kafkaBootstrapServers())) {
            Instant now = Instant.now();
            for (DirectoryDepartment d : DEPARTMENTS) {
                String key = IdentityEvents.departmentKey(d.code());
                writer.send(IdentityEvents.TOPIC, key, EventMetadata.newEvent(IdentityEvents.DEPARTMENT_CREATED_V1, key, now).toHeaders(), """
                        {"code":"%s","nameEn":"%s","nameRu":"%s","inForce":true,"changedAt":"%s"}""".formatted(d.code(), d.nameEn(), d.nameRu(), now));
            }
            for (String[] head : HEADS) {
                String key = IdentityEvents.personKey(head[0]);
                writer.send(IdentityEvents.TOPIC, key, EventMetadata.newEvent(IdentityEvents.PERSON_JOINED_V1, key, now).toHeaders(), """
                        {"username":"%s","displayName":"Head of %s","department":"%s","level":"DIVISION_HEAD","roles":["EMPLOYEE","DEPARTMENT_HEAD"],
                         "active":true,"changedAt":"%s"}""".formatted(head[0], head[1], head[1], now));
            }
        }
        published = true;
    }

    public static void awaitIn(Directory directory) {
        await().atMost(Duration.ofSeconds(30)).until(() -> DEPARTMENTS.stream().allMatch(d -> directory.isInForce(d.code()))
                && HEADS.stream().allMatch(head -> directory.person(head[0]).isPresent()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        publishOnce();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        awaitIn(SpringExtension.getApplicationContext(context).getBean(Directory.class));
    }
}
