package org.atelier.directory.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The company's departments as the identity provider publishes them on its first start, published once per test JVM
 * on the shared broker's identity topic; before each test, waits until the test's service context has read them into
 * its directory replica (as readiness would in production). Put it after {@code @UsesSharedInfrastructure}.
 */
public class CompanyDepartments implements BeforeAllCallback, TestInstancePostProcessor, BeforeEachCallback {

    /** The identity provider's default departments. */
    public static final List<DirectoryDepartment> STANDARD = List.of(
            new DirectoryDepartment("sales", "Sales", "Отдел продаж", true),
            new DirectoryDepartment("marketing", "Marketing", "Маркетинг", true),
            new DirectoryDepartment("production", "Production", "Производство", true),
            new DirectoryDepartment("engineering", "Engineering", "Конструкторско-технологический отдел", true),
            new DirectoryDepartment("supply", "Supply", "Снабжение", true),
            new DirectoryDepartment("logistics", "Logistics", "Логистика", true),
            new DirectoryDepartment("quality", "Quality", "Служба качества", true),
            new DirectoryDepartment("finance", "Finance", "Финансовая служба", true),
            new DirectoryDepartment("hr", "Human resources", "Отдел кадров", true),
            new DirectoryDepartment("it", "IT", "ИТ-служба", true),
            new DirectoryDepartment("legal", "Legal", "Юридический отдел", true),
            new DirectoryDepartment("top-management", "Top management", "Высшее руководство", true));

    private static boolean published;

    /** Publishes the standard departments unless this JVM already did. */
    public static synchronized void publishOnce() {
        if (published) {
            return;
        }
        SharedInfrastructure.start();
        try (IdentityTopicWriter topic = new IdentityTopicWriter()) {
            STANDARD.forEach(topic::created);
        }
        published = true;
    }

    /** Waits until the directory holds every standard department. */
    public static void awaitIn(Directory directory) {
        await().atMost(Duration.ofSeconds(30)).until(() -> STANDARD.stream().allMatch(department -> directory.isInForce(department.code())));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        publishOnce();
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        publishOnce();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        awaitIn(SpringExtension.getApplicationContext(context).getBean(Directory.class));
    }
}
