package org.atelier.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.atelier.identity.secondfactor.SecondFactorRule.Demand;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.junit.jupiter.api.Test;

class SecondFactorRuleTest {

    private static final Username PERSON = Username.of("ivanov");
    private static final Username DEMO_ADMIN = Username.of("admin");
    private final SecondFactorRule rule = new SecondFactorRule(EnumSet.of(Role.ADMIN, Role.MANAGEMENT), Set.of(DEMO_ADMIN));

    @Test
    void aPersonWithAFactorShowsItAtEverySignIn() {
        assertThat(rule.demand(PERSON, EnumSet.of(Role.EMPLOYEE), true, false, false)).isEqualTo(Demand.CODE);
        assertThat(rule.demand(PERSON, EnumSet.of(Role.EMPLOYEE), true, true, false)).isEqualTo(Demand.NONE);
    }

    @Test
    void aRequiredRoleWithoutAFactorEnrolsFirst() {
        assertThat(rule.demand(PERSON, EnumSet.of(Role.EMPLOYEE, Role.ADMIN), false, false, false)).isEqualTo(Demand.ENROL);
        assertThat(rule.demand(PERSON, EnumSet.of(Role.MANAGEMENT), false, true, false))
                .as("a factor shown, then removed").isEqualTo(Demand.ENROL);
        assertThat(rule.demand(PERSON, EnumSet.of(Role.EMPLOYEE, Role.FINANCE), false, false, false)).isEqualTo(Demand.NONE);
    }

    @Test
    void theOptionalPeopleMaySkipItButAreRemindedOfTheirRole() {
        assertThat(rule.demand(DEMO_ADMIN, EnumSet.of(Role.ADMIN), false, false, false)).isEqualTo(Demand.NONE);
        assertThat(rule.isRequired(DEMO_ADMIN, EnumSet.of(Role.ADMIN))).isFalse();
        assertThat(rule.requiresByRole(EnumSet.of(Role.ADMIN))).isTrue();
        assertThat(rule.demand(DEMO_ADMIN, EnumSet.of(Role.ADMIN), true, false, false)).as("once enrolled, it is asked").isEqualTo(Demand.CODE);
    }

    @Test
    void aClientAskingForTheLevelGetsIt() {
        assertThat(rule.demand(PERSON, EnumSet.of(Role.EMPLOYEE), false, false, true)).isEqualTo(Demand.ENROL);
        assertThat(rule.demand(DEMO_ADMIN, EnumSet.of(Role.ADMIN), false, false, true)).isEqualTo(Demand.ENROL);
        assertThat(rule.demand(PERSON, EnumSet.of(Role.EMPLOYEE), true, false, true)).isEqualTo(Demand.CODE);
        assertThat(rule.demand(PERSON, EnumSet.of(Role.EMPLOYEE), true, true, true)).isEqualTo(Demand.NONE);
    }
}
