package org.atelier.directory.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.DirectoryPerson;
import org.atelier.directory.ManagementLevel;
import org.atelier.events.envelope.EventType;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.testsupport.GoldenSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class IdentityEventApplierTest {

    static final List<EventType> ALL = IdentityEvents.ALL;

    private final InMemoryReplicaStore store = new InMemoryReplicaStore();
    private final List<EventType> skipped = new ArrayList<>();
    private final IdentityEventApplier applier = new IdentityEventApplier(store, skipped::add);

    @ParameterizedTest
    @FieldSource("ALL")
    void everyGoldenSampleIsReadIntoTheDirectory(EventType type) {
        GoldenSample sample = GoldenSample.load(IdentityEvents.sampleResource(type));

        assertThat(apply(type, sample, 0, 0)).isEqualTo(IdentityEventApplier.Result.APPLIED);

        boolean department = IdentityEvents.DEPARTMENT_EVENTS.contains(type);
        String id = sample.key().substring(sample.key().indexOf(':') + 1);
        assertThat(department ? store.directory.department(id).isPresent() : store.directory.person(id).isPresent()).isTrue();
        assertThat(skipped).isEmpty();
    }

    @Test
    void aDepartmentPayloadBecomesThePortsRecordWithBothNames() {
        apply(IdentityEvents.DEPARTMENT_CLOSED_V1, GoldenSample.load(IdentityEvents.sampleResource(IdentityEvents.DEPARTMENT_CLOSED_V1)), 0, 0);

        DirectoryDepartment closed = store.directory.allDepartments().get(0);
        assertThat(closed.inForce()).isFalse();
        assertThat(closed.nameEn()).isNotBlank();
        assertThat(closed.nameRu()).isNotBlank();
        assertThat(store.directory.departmentsInForce()).isEmpty();
    }

    @Test
    void aPersonPayloadBecomesThePortsRecordWithLevelAndRoles() {
        apply(IdentityEvents.PERSON_ASSIGNMENT_CHANGED_V1,
                GoldenSample.load(IdentityEvents.sampleResource(IdentityEvents.PERSON_ASSIGNMENT_CHANGED_V1)), 0, 0);

        assertThat(store.directory.person("olga.sales")).contains(new DirectoryPerson("olga.sales", "Olga Petrova", "sales",
                ManagementLevel.DIVISION_HEAD, Set.of("EMPLOYEE", "DEPARTMENT_HEAD"), true));
        assertThat(store.directory.headsOf("sales")).extracting(DirectoryPerson::username).containsExactly("olga.sales");
    }

    @Test
    void anOlderStateAfterANewerOneAndTheSameOneAgainChangeNothing() {
        EventType renamed = IdentityEvents.DEPARTMENT_RENAMED_V1;
        apply(renamed, department("logistics", "Logistics and delivery"), 1, 7);

        assertThat(apply(renamed, department("logistics", "Logistics"), 1, 3)).isEqualTo(IdentityEventApplier.Result.STALE);
        assertThat(apply(renamed, department("logistics", "Logistics and delivery"), 1, 7)).isEqualTo(IdentityEventApplier.Result.STALE);
        assertThat(store.directory.department("logistics")).map(DirectoryDepartment::nameEn).contains("Logistics and delivery");
    }

    @Test
    void anUnknownTypeOrVersionIsSkippedAndReported() {
        EventType newVersion = new EventType("identity", "DepartmentCreated", 2);
        EventType newEvent = new EventType("identity", "PersonRetired", 1);

        assertThat(applier.apply(newVersion, "department:logistics", "{}".getBytes(UTF_8), 0, 0)).isEqualTo(IdentityEventApplier.Result.SKIPPED);
        assertThat(applier.apply(newEvent, "person:x", "not even json".getBytes(UTF_8), 0, 1)).isEqualTo(IdentityEventApplier.Result.SKIPPED);

        assertThat(skipped).containsExactly(newVersion, newEvent);
        assertThat(store.directory.allDepartments()).isEmpty();
    }

    @Test
    void aKnownTypeThatCannotBeReadIsRefusedNotSkipped() {
        EventType created = IdentityEvents.DEPARTMENT_CREATED_V1;

        assertThatThrownBy(() -> applier.apply(created, "department:x", "not json".getBytes(UTF_8), 0, 0))
                .isInstanceOf(UnreadableIdentityEvent.class);
        assertThatThrownBy(() -> applier.apply(created, "department:x", "{\"code\":\"x\",\"inForce\":true}".getBytes(UTF_8), 0, 0))
                .isInstanceOf(UnreadableIdentityEvent.class).hasMessageContaining("lacks");
        assertThatThrownBy(() -> applier.apply(IdentityEvents.PERSON_JOINED_V1, "person:ann", """
                {"username":"ann","displayName":"Ann","department":"it","level":"INTERN","roles":["EMPLOYEE"],"active":true,
                 "changedAt":"2026-07-01T09:00:00Z"}""".getBytes(UTF_8), 0, 0)).isInstanceOf(UnreadableIdentityEvent.class);
        assertThat(skipped).isEmpty();
    }

    @Test
    void anEventUnderAnotherEntitysKeyIsRefused() {
        assertThatThrownBy(() -> apply(IdentityEvents.DEPARTMENT_RENAMED_V1, department("logistics", "Logistics"), "department:sales"))
                .isInstanceOf(UnreadableIdentityEvent.class).hasMessageContaining("department:sales");
        assertThat(store.directory.allDepartments()).isEmpty();
    }

    private IdentityEventApplier.Result apply(EventType type, GoldenSample sample, int partition, long offset) {
        return applier.apply(type, sample.key(), sample.payload().getBytes(UTF_8), partition, offset);
    }

    private IdentityEventApplier.Result apply(EventType type, String payload, int partition, long offset) {
        return applier.apply(type, "department:logistics", payload.getBytes(UTF_8), partition, offset);
    }

    private IdentityEventApplier.Result apply(EventType type, String payload, String key) {
        return applier.apply(type, key, payload.getBytes(UTF_8), 0, 0);
    }

    private static String department(String code, String nameEn) {
        return """
                {"code":"%s","nameEn":"%s","nameRu":"Логистика","inForce":true,"changedAt":"2026-07-01T09:00:00Z"}""".formatted(code, nameEn);
    }
}
