package org.accountsuccess.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

    @Test
    void readsAScenarioWithClassesInEitherCase() throws IOException {
        Scenario s = read("{\"asOf\":\"2026-11-15\",\"moves\":[{\"from\":\"DETRACTOR\",\"to\":\"passive\","
                + "\"share\":0.25},{\"from\":\"non_responder\",\"to\":\"promoter\",\"share\":1}]}");

        assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(s.moves()).containsExactly(new ClassMove(LoyaltyClass.DETRACTOR, LoyaltyClass.PASSIVE, 0.25),
                new ClassMove(LoyaltyClass.NON_RESPONDER, LoyaltyClass.PROMOTER, 1));
        assertThat(read("{\"asOf\":\"2026-11-15\",\"moves\":[]}").moves()).isEmpty();
    }

    @Test
    void everyMistakeNamesItsField() {
        fails("", "body", "body: expected a JSON object with asOf and moves");
        fails("[1]", "body", "body: expected a JSON object with asOf and moves");
        fails("{\"asOf\":", "body", null);
        fails("{\"moves\":[]}", "asOf", "asOf: is required (YYYY-MM-DD)");
        fails("{\"asOf\":\"2026-02-30\",\"moves\":[]}", "asOf", "asOf: \"2026-02-30\" is not a date (expected \"YYYY-MM-DD\")");
        fails("{\"asOf\":20261115,\"moves\":[]}", "asOf", null);
        fails("{\"asOf\":\"2026-11-15\",\"moves\":{}}", "moves", "moves: expected an array of {from, to, share}");
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[7]}", "moves[0]", "moves[0]: expected an object {from, to, share}");
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[{\"from\":\"detractor\",\"to\":\"fan\",\"share\":0.1}]}",
                "moves[0].to", "moves[0].to: \"fan\" is not one of promoter, passive, detractor, non_responder");
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[{\"to\":\"passive\",\"share\":0.1}]}", "moves[0].from", null);
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[{\"from\":\"detractor\",\"to\":\"passive\",\"share\":\"0.1\"}]}",
                "moves[0].share", "moves[0].share: \"0.1\" is not a number from 0 to 1");
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[{\"from\":\"detractor\",\"to\":\"passive\",\"share\":-0.1}]}",
                "moves[0].share", "moves[0].share: -0.1 is not a share from 0 to 1");
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[{\"from\":\"detractor\",\"to\":\"passive\",\"share\":0.6},"
                + "{\"from\":\"detractor\",\"to\":\"promoter\",\"share\":0.6}]}", "moves[1].share", null);
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[{\"from\":\"detractor\",\"to\":\"detractor\",\"share\":0.5}]}",
                "moves[0].to", null);
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[],\"dryRun\":true}", "dryRun", null);
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[{\"from\":\"detractor\",\"to\":\"passive\",\"share\":0.5,"
                + "\"weight\":2}]}", "moves[0].weight", null);
        fails("{\"asOf\":\"2026-11-15\",\"moves\":[],\"x\":\"" + "y".repeat(JsonBody.MAX_BYTES) + "\"}", "body",
                "body: larger than 65536 bytes");
    }

    @Test
    void theHeadShareParameterIsAShareAboveZero() {
        assertThat(Params.share("headShare", null)).isEmpty();
        assertThat(Params.share("headShare", "1")).hasValue(1.0);
        for (String bad : new String[] {"0", "1.01", "-0.5", "NaN", "eighty"}) {
            assertThatThrownBy(() -> Params.share("headShare", bad)).isInstanceOf(BadParameterException.class)
                    .hasMessage("headShare: '" + bad + "' is not a number above 0 and at most 1")
                    .extracting("parameter").isEqualTo("headShare");
        }
    }

    private static Scenario read(String json) throws IOException {
        return ScenarioJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void fails(String json, String field, String message) {
        var thrown = assertThatThrownBy(() -> read(json)).isInstanceOf(BadParameterException.class);
        thrown.extracting("parameter").isEqualTo(field);
        if (message != null) {
            thrown.hasMessage(message);
        }
    }
}
