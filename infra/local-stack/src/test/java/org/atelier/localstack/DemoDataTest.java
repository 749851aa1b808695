package org.atelier.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final List<String> REASONS = List.of("PRICE_AND_DISCOUNTS", "PAYMENT_TERMS", "ASSORTMENT", "LOGISTICS",
            "PRODUCT_QUALITY", "CONTRACT_FULFILMENT", "STAFF_ATTITUDE");
    private static final List<String> DEPARTMENTS = List.of("sales", "marketing", "production", "engineering", "supply",
            "logistics", "quality", "finance", "hr", "it", "legal", "top-management");

    private final DemoData demoData = DemoData.fromResource();

    @Test
    void aFewCustomersAndSomeLossesOverTwoYears() {
        assertThat(demoData.customers()).hasSizeBetween(6, 10);
        assertThat(demoData.count("loss")).isBetween(4L, 5L);
        assertThat(demoData.count("purchase")).isPositive();
        assertThat(losses()).extracting(loss -> find(loss, "\"lostOn\":\"(\\d{4})").get(0)).containsOnly("2025", "2026").contains("2025", "2026");
        assertThat(demoData.customers()).anyMatch(c -> c.body().contains("\"significance\":\"REGULAR\""));
    }

    @Test
    void financesPlansAndResultsOfTheYearsComeWithThem() {
        assertThat(demoData.figures()).extracting(DemoData.Figures::path)
                .containsExactly("/api/annual-figures/2024/plan", "/api/annual-figures/2024/results", "/api/annual-figures/2025/plan",
                        "/api/annual-figures/2025/results", "/api/annual-figures/2026/plan");
        assertThat(demoData.figures()).allSatisfy(year -> assertThat(year.body()).startsWith("{").endsWith("}")
                .contains("\"currency\":\"RUB\"", "\"revenueMinor\":", "\"marginMinor\":", "\"headcount\":"));
        assertThat(demoData.figures()).filteredOn(year -> year.kind().equals("plan"))
                .allSatisfy(plan -> assertThat(plan.body()).contains("\"loyalCustomers\":", "\"loyalKeyCustomers\":"));
        assertThat(demoData.figures()).filteredOn(year -> year.year() >= LocalDate.now().getYear())
                .as("no results of a year not over").noneMatch(year -> year.kind().equals("results"));
    }

    @Test
    void everyLossHasExactlyOnePrimaryReason() {
        assertThat(losses()).allSatisfy(loss -> assertThat(find(loss, "\"primary\":(true)")).hasSize(1));
    }

    @Test
    void onlyStaffAttitudeNamesDepartmentsAtFaultAndItAlwaysDoes() {
        List<String> reasons = losses().stream().flatMap(loss -> find(loss, "(\\{\"code\"[^}]*})").stream()).toList();

        assertThat(reasons).allSatisfy(reason -> {
            boolean namesDepartments = !reason.contains("\"departmentsAtFault\":[]");
            assertThat(namesDepartments).as(reason).isEqualTo(reason.contains("STAFF_ATTITUDE"));
        });
    }

    @Test
    void noLossIsDatedInTheFuture() {
        assertThat(losses()).extracting(loss -> LocalDate.parse(find(loss, "\"lostOn\":\"([^\"]+)\"").get(0)))
                .allMatch(date -> !date.isAfter(LocalDate.now()));
    }

    @Test
    void onlyKnownReasonAndDepartmentCodesAreUsed() {
        assertThat(losses()).allSatisfy(loss -> {
            assertThat(find(loss, "\"code\":\"([A-Z_]+)\"")).isSubsetOf(REASONS);
            find(loss, "\"departmentsAtFault\":\\[([^]]*)]").forEach(list ->
                    assertThat(find(list, "\"([a-z-]+)\"")).isSubsetOf(DEPARTMENTS));
        });
    }

    @Test
    void whatHappenedBelongsToTheCustomerAboveItInOrder() throws Exception {
        DemoData read = DemoData.read(new StringReader("""
                # comment
                customer {"name":"A","significance":"KEY"}
                purchase {"amountMinor":100}
                loss {"competitor":"X"}

                customer {"name":"B","significance":"REGULAR"}
                """));

        assertThat(read.customers()).containsExactly(
                new DemoData.DemoCustomer("{\"name\":\"A\",\"significance\":\"KEY\"}", List.of(
                        new DemoData.Action("purchase", "{\"amountMinor\":100}"), new DemoData.Action("loss", "{\"competitor\":\"X\"}"))),
                new DemoData.DemoCustomer("{\"name\":\"B\",\"significance\":\"REGULAR\"}", List.of()));
        assertThat(read.customers().get(0).actions()).extracting(DemoData.Action::path).containsExactly("/purchases", "/loss");
    }

    @Test
    void aCustomerIsLostAtMostOnceAndAfterItsPurchasesAndNothingIsDatedInTheFuture() {
        assertThat(demoData.customers()).allSatisfy(customer -> {
            List<String> kinds = customer.actions().stream().map(DemoData.Action::kind).toList();
            assertThat(kinds.stream().filter("loss"::equals).count()).isLessThanOrEqualTo(1);
            if (kinds.contains("loss")) {
                assertThat(kinds.get(kinds.size() - 1)).isEqualTo("loss");
            }
            customer.actions().forEach(action -> find(action.body(), "\"(?:date|grantedOn)\":\"([^\"]+)\"")
                    .forEach(date -> assertThat(LocalDate.parse(date)).isBeforeOrEqualTo(LocalDate.now())));
        });
    }

    @Test
    void aLossWithoutItsCustomerIsRejected() {
        assertThatThrownBy(() -> DemoData.read(new StringReader("loss {\"competitor\":\"X\"}\n")))
                .hasMessageContaining("Unexpected line");
    }

    private List<String> losses() {
        return demoData.customers().stream().flatMap(c -> c.bodiesOf("loss").stream()).toList();
    }

    private static List<String> find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
