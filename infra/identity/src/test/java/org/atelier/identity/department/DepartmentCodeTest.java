package org.atelier.identity.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atelier.identity.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"sales", "top-management", "hr", "after-sales-2"})
    void acceptsLowerCaseCodes(String code) {
        assertThat(new DepartmentCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "Sales", "2nd-line", "-sales", "sales dept", "продажи", "sales_dept"})
    void refusesOthers(String code) {
        assertThatThrownBy(() -> new DepartmentCode(code)).isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "code");
    }

    @ParameterizedTest
    @ValueSource(strings = {" Sales ", "SALES"})
    void parsesWhatIsTyped(String typed) {
        assertThat(DepartmentCode.parse(typed)).isEqualTo(new DepartmentCode("sales"));
    }
}
