package org.atelier.claims.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {

    private static final Instant T = Instant.parse("2026-03-05T09:00:00Z");

    @Test
    void filedScheduledHeardDecidedRecordsEveryStepWithWhoAndWhen() {
        Lifecycle lifecycle = Lifecycle.filed("sales-head", T);
        lifecycle.schedule("m1", "ceo", T.plusSeconds(1));
        lifecycle.hear("m1", "ceo", T.plusSeconds(2));
        lifecycle.decide("m1", "UPHELD", "ceo", T.plusSeconds(3));

        assertThat(lifecycle.stage()).isEqualTo(Lifecycle.Stage.DECIDED);
        assertThat(lifecycle.transitions()).containsExactly(
                new Transition("FILED", null, "sales-head", T),
                new Transition("SCHEDULED", "m1", "ceo", T.plusSeconds(1)),
                new Transition("HEARD", "m1", "ceo", T.plusSeconds(2)),
                new Transition("UPHELD", "m1", "ceo", T.plusSeconds(3)));
    }

    @Test
    void aFiledItemOnAnOpenAgendaIsReadScheduledForThatMeetingByWhoPlannedItAndWhen() {
        AgendaPlace place = new AgendaPlace("m1", java.time.LocalDate.of(2026, 3, 12), "ceo", T.plusSeconds(5));

        Lifecycle read = Lifecycle.restore(Lifecycle.Stage.FILED, null, Lifecycle.filed("sales-head", T).transitions(), place);

        assertThat(read.stage()).isEqualTo(Lifecycle.Stage.SCHEDULED);
        assertThat(read.meetingId()).isEqualTo("m1");
        assertThat(read.transitions()).containsExactly(new Transition("FILED", null, "sales-head", T),
                new Transition("SCHEDULED", "m1", "ceo", T.plusSeconds(5)));
        assertThat(Lifecycle.restore(Lifecycle.Stage.FILED, null, Lifecycle.filed("sales-head", T).transitions(), null).stage())
                .as("on no open agenda").isEqualTo(Lifecycle.Stage.FILED);
    }

    @Test
    void anOpenAgendaChangesNoItemPastFiledNorOneAlreadyAdjournedAtThatMeeting() {
        AgendaPlace place = new AgendaPlace("m1", java.time.LocalDate.of(2026, 3, 12), "ceo", T);
        Lifecycle withdrawn = Lifecycle.filed("sales-head", T);
        withdrawn.withdraw("sales-head", T);
        Lifecycle adjourned = Lifecycle.filed("sales-head", T);
        adjourned.schedule("m1", "ceo", T);
        adjourned.adjourn("m1", "ceo", T);
        Lifecycle heard = Lifecycle.filed("sales-head", T);
        heard.schedule("m1", "ceo", T);
        heard.hear("m1", "ceo", T);

        assertThat(Lifecycle.restore(withdrawn.stage(), withdrawn.meetingId(), withdrawn.transitions(), place).stage())
                .isEqualTo(Lifecycle.Stage.WITHDRAWN);
        Lifecycle adjournedRead = Lifecycle.restore(adjourned.stage(), adjourned.meetingId(), adjourned.transitions(), place);
        assertThat(adjournedRead.stage()).isEqualTo(Lifecycle.Stage.FILED);
        assertThat(adjournedRead.transitions()).hasSize(3);
        Lifecycle heardRead = Lifecycle.restore(heard.stage(), heard.meetingId(), heard.transitions(), place);
        assertThat(heardRead.stage()).isEqualTo(Lifecycle.Stage.HEARD);
        assertThat(heardRead.transitions()).isEqualTo(heard.transitions());
        assertThat(Lifecycle.restore(adjourned.stage(), null, adjourned.transitions(), new AgendaPlace("m2", null, "ceo", T)).stage())
                .as("adjourned elsewhere, on the agenda of the next").isEqualTo(Lifecycle.Stage.SCHEDULED);
    }

    @Test
    void anAdjournedItemGoesBackToFiledAndMayBeScheduledAgain() {
        Lifecycle lifecycle = Lifecycle.filed("sales-head", T);
        lifecycle.schedule("m1", "ceo", T);
        lifecycle.adjourn("m1", "ceo", T);

        assertThat(lifecycle.stage()).isEqualTo(Lifecycle.Stage.FILED);
        assertThat(lifecycle.meetingId()).isNull();
        lifecycle.schedule("m2", "ceo", T);
        assertThat(lifecycle.meetingId()).isEqualTo("m2");
        assertThat(lifecycle.transitions()).extracting(Transition::to).containsExactly("FILED", "SCHEDULED", "ADJOURNED", "SCHEDULED");
    }

    @Test
    void withdrawnBeforeTheHearingFromFiledOrScheduled() {
        Lifecycle filed = Lifecycle.filed("sales-head", T);
        filed.withdraw("sales-head", T);
        Lifecycle scheduled = Lifecycle.filed("sales-head", T);
        scheduled.schedule("m1", "ceo", T);
        scheduled.withdraw("sales-head", T);

        assertThat(filed.stage()).isEqualTo(Lifecycle.Stage.WITHDRAWN);
        assertThat(scheduled.stage()).isEqualTo(Lifecycle.Stage.WITHDRAWN);
    }

    static Stream<Arguments> illegalSteps() {
        Consumer<Lifecycle> none = l -> { };
        Consumer<Lifecycle> scheduled = l -> l.schedule("m1", "ceo", T);
        Consumer<Lifecycle> heard = scheduled.andThen(l -> l.hear("m1", "ceo", T));
        Consumer<Lifecycle> decided = heard.andThen(l -> l.decide("m1", "REJECTED", "ceo", T));
        Consumer<Lifecycle> withdrawn = l -> l.withdraw("sales-head", T);
        return Stream.of(
                Arguments.of("hear a filed item", none, (Consumer<Lifecycle>) l -> l.hear("m1", "ceo", T), "A FILED item cannot be heard: only a scheduled item is"),
                Arguments.of("decide a filed item", none, (Consumer<Lifecycle>) l -> l.decide("m1", "UPHELD", "ceo", T), "A FILED item cannot be decided: only a heard item is decided"),
                Arguments.of("schedule twice", scheduled, (Consumer<Lifecycle>) l -> l.schedule("m2", "ceo", T), "A SCHEDULED item cannot be scheduled: only a filed item goes on an agenda"),
                Arguments.of("decide a scheduled item", scheduled, (Consumer<Lifecycle>) l -> l.decide("m1", "UPHELD", "ceo", T), "A SCHEDULED item cannot be decided: only a heard item is decided"),
                Arguments.of("hear at another meeting", scheduled, (Consumer<Lifecycle>) l -> l.hear("m2", "ceo", T), "It is not on the agenda of meeting m2"),
                Arguments.of("decide at another meeting", heard, (Consumer<Lifecycle>) l -> l.decide("m2", "UPHELD", "ceo", T), "It was heard at meeting m1, so it is decided there, not at m2"),
                Arguments.of("withdraw after the hearing", heard, (Consumer<Lifecycle>) l -> l.withdraw("sales-head", T), "A HEARD item cannot be withdrawn: only before the hearing"),
                Arguments.of("decide twice", decided, (Consumer<Lifecycle>) l -> l.decide("m1", "UPHELD", "ceo", T), "A DECIDED item cannot be decided: only a heard item is decided"),
                Arguments.of("withdraw a decided item", decided, (Consumer<Lifecycle>) l -> l.withdraw("sales-head", T), "A DECIDED item cannot be withdrawn: only before the hearing"),
                Arguments.of("schedule a withdrawn item", withdrawn, (Consumer<Lifecycle>) l -> l.schedule("m1", "ceo", T), "A WITHDRAWN item cannot be scheduled: only a filed item goes on an agenda"),
                Arguments.of("adjourn a heard item", heard, (Consumer<Lifecycle>) l -> l.adjourn("m1", "ceo", T), "A HEARD item cannot be adjourned: only a scheduled item is"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegalSteps")
    void anIllegalStepIsRefusedWithAClearMessageAndChangesNothing(String name, Consumer<Lifecycle> before, Consumer<Lifecycle> step, String message) {
        Lifecycle lifecycle = Lifecycle.filed("sales-head", T);
        before.accept(lifecycle);
        Lifecycle.Stage stage = lifecycle.stage();
        int steps = lifecycle.transitions().size();

        assertThatThrownBy(() -> step.accept(lifecycle)).isInstanceOf(Lifecycle.IllegalTransition.class).hasMessage(message);
        assertThat(lifecycle.stage()).isEqualTo(stage);
        assertThat(lifecycle.transitions()).hasSize(steps);
    }
}
