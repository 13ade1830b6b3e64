package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.AS_OF;
import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.drivers.DriverImpact;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.lifecycle.ClassShare;
import org.accountsuccess.api.lifecycle.LifecycleReport;
import org.accountsuccess.api.lifecycle.ParetoPart;
import org.accountsuccess.api.lifecycle.RankedAccount;
import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.MatrixPoint;
import org.accountsuccess.api.matrix.Quadrant;
import org.accountsuccess.api.matrix.QuadrantSummary;
import org.accountsuccess.api.matrix.SuccessMatrix;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every list of an answer is one page with its total; the summary figures stay those of the whole list. */
class BoundedAnswersTest {
    private static final NpsResult NONE = new NpsResult(OptionalDouble.empty(), 0, 0, 0, 0, Optional.empty(),
            OptionalDouble.empty());

    /** The answer's JSON, refusing a key twice (the unwrapped report's own list beside its page). */
    private static JsonNode json(Object answer) throws Exception {
        return new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .readTree(RecordJsonWriter.write(answer));
    }

    private static List<RankedAccount> ranking(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new RankedAccount(i, "acc-" + i, "Account " + i,
                BigDecimal.valueOf(1000L * (n - i + 1)), (double) i / n, LoyaltyClass.PASSIVE, i <= n / 5)).toList();
    }

    @Test
    void theLifecycleRankingIsPagedAndTheHeadAndTailCountEveryAccount() throws Exception {
        ParetoPart head = new ParetoPart(24, BigDecimal.valueOf(80), OptionalDouble.of(0.8),
                List.of(new ClassShare(LoyaltyClass.PASSIVE, 24, BigDecimal.valueOf(80))));
        ParetoPart tail = new ParetoPart(96, BigDecimal.valueOf(20), OptionalDouble.of(0.2), List.of());
        LifecycleReport report = new LifecycleReport(AS_OF, "EUR", 0.8, 120, BigDecimal.valueOf(100), head, tail,
                ranking(120));
        var resource = new LifecycleResource((asOf, share, filter) -> report, Fixtures.ownerScopes(List.of()));
        var manager = as("boss", ProductRole.MANAGER);

        JsonNode first = json(resource.lifecycle(manager, null, null, null, null, null, null, null));
        assertThat(first.path("accounts").asInt()).isEqualTo(120);
        assertThat(first.path("head").path("accounts").asInt()).isEqualTo(24);
        assertThat(first.path("ranking").path("total").asInt()).isEqualTo(120);
        assertThat(first.path("ranking").path("limit").asInt()).isEqualTo(50);
        assertThat(first.path("ranking").path("items")).hasSize(50);

        JsonNode last = json(resource.lifecycle(manager, null, null, null, null, null, "100", "50"));
        assertThat(last.path("ranking").path("items")).hasSize(20);
        assertThat(last.path("ranking").path("items").get(0).path("rank").asInt()).isEqualTo(101);
        assertThat(last.path("ranking").path("offset").asInt()).isEqualTo(100);
    }

    @Test
    void theMatrixPointsArePagedAndTheQuadrantsCountEveryPoint() throws Exception {
        List<MatrixPoint> points = IntStream.range(0, 7).mapToObj(i -> new MatrixPoint("acc-" + i, "A" + i, null,
                10.0 * i, LoyaltyClass.PASSIVE, BigDecimal.valueOf(100 - i), Quadrant.GROW_AND_REFERENCE)).toList();
        SuccessMatrix matrix = new SuccessMatrix(AS_OF, MatrixMeasure.ARR, "EUR",
                Optional.of(BigDecimal.valueOf(97)), 7, 3,
                List.of(new QuadrantSummary(Quadrant.GROW_AND_REFERENCE, "grow and reference", 7, BigDecimal.TEN)),
                points);
        var resource = new MatrixResource((asOf, measure, filter) -> matrix, Fixtures.ownerScopes(List.of()));
        JsonNode answer = json(resource.matrix(as("boss", ProductRole.MANAGER), null, null, null, null, null, "5",
                null));
        assertThat(answer.path("plotted").asInt()).isEqualTo(7);
        assertThat(answer.path("leftOut").asInt()).isEqualTo(3);
        assertThat(answer.path("quadrants").get(0).path("accounts").asInt()).isEqualTo(7);
        assertThat(answer.path("points").path("total").asInt()).isEqualTo(7);
        assertThat(answer.path("points").path("items")).extracting(p -> p.path("accountId").asText())
                .containsExactly("acc-5", "acc-6");
    }

    @Test
    void eachRankingOfTheDriversIsPagedTheSameWay() throws Exception {
        List<DriverImpact> impacts = IntStream.range(0, 3).mapToObj(i -> new DriverImpact("d" + i, 3 - i, 0, 3 - i, 0,
                3 - i, NONE, 1, BigDecimal.valueOf(i))).toList();
        DriverReport report = new DriverReport(new DateWindow(AS_OF.minusDays(364), AS_OF), "EUR", 40, 12, impacts,
                List.of(impacts.get(2), impacts.get(1), impacts.get(0)));
        // no topic asked: the topics service is not needed
        var resource = new DriversResource((window, filter) -> report, null, Fixtures.ownerScopes(List.of()));
        JsonNode answer = json(resource.drivers(as("boss", ProductRole.MANAGER), null, null, null, null, null, null,
                "0", "2"));
        assertThat(answer.path("responses").asInt()).isEqualTo(40);
        assertThat(answer.path("window").path("from").asText()).isEqualTo(AS_OF.minusDays(364).toString());
        assertThat(answer.path("byDetractorMentions").path("items")).extracting(p -> p.path("driver").asText())
                .containsExactly("d0", "d1");
        assertThat(answer.path("byArrAtStake").path("items")).extracting(p -> p.path("driver").asText())
                .containsExactly("d2", "d1");
        assertThat(answer.path("byArrAtStake").path("total").asInt()).isEqualTo(3);
        assertThatThrownBy(() -> resource.drivers(as("boss", ProductRole.MANAGER), null, null, null, null, null,
                "x".repeat(201), null, null)).isInstanceOf(BadParameterException.class)
                .hasMessage("topic: a topic key has at most 200 characters");
    }

    @Test
    void aBadOffsetOrLimitIsA400NamingIt() {
        var resource = new LifecycleResource((asOf, share, filter) -> {
            throw new AssertionError("not computed for a bad parameter");
        }, Fixtures.ownerScopes(List.of()));
        var manager = as("boss", ProductRole.MANAGER);
        assertThatThrownBy(() -> resource.lifecycle(manager, null, null, null, null, null, "-1", null))
                .isInstanceOf(BadParameterException.class).hasMessage("offset: -1 is negative");
        assertThatThrownBy(() -> resource.lifecycle(manager, null, null, null, null, null, null, "0"))
                .isInstanceOf(BadParameterException.class).hasMessage("limit: 0 is not from 1 to 500");
        assertThatThrownBy(() -> resource.lifecycle(manager, null, null, null, null, null, null, "many"))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("limit");
    }
}
