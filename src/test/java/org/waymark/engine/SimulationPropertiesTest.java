package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;

/** Invariants over random journeys and populations (seeded, so a failure names its seed and repeats). */
class SimulationPropertiesTest {

    private static final int JOURNEYS = 60;
    private static final long OWNER_UNIT = 2;
    private static final Set<Long> UNITS_IN_SCOPE = Set.of(2L, 3L);

    @Test
    void invariantsHoldOnRandomJourneys() {
        for (long seed = 0; seed < JOURNEYS; seed++) {
            RandomJourneys random = new RandomJourneys(seed);
            Journey journey = random.journey();
            Population population = random.population(300);
            String model = seed % 4 == 0 ? TestModels.CERTAIN : TestModels.REALISTIC;
            Instant start = TestJourneys.START_INSTANT.plusSeconds((seed % 3 - 1) * 2 * TestJourneys.DAY);
            SimulationRequest request = new SimulationRequest(journey, population, TestModels.model(model), seed,
                    start, Duration.ofDays(3 + seed % 30), 1, OWNER_UNIT);
            SimulationResult result = new Simulator(37).run(request, SimulationProgress.NONE);
            String where = "journey of seed " + seed;
            everyTileBalances(result, where);
            nothingOutsideTheSchedule(request, result, where);
            gatedContactsAreNeverMessaged(journey.settings(), population, result, where);
            noContactTwicePerIteration(journey, population, result, where);
            percentSplitsStayWithinBinomialBounds(journey, result, where);
            SimulationRequest fourThreads = new SimulationRequest(journey, population, request.model(), seed, start,
                    request.period(), 4, OWNER_UNIT);
            assertEquals(Digest.of(result, population), Digest.of(new Simulator().run(fourThreads,
                    SimulationProgress.NONE), population), where + ": 4 threads and other chunks, same output");
        }
    }

    @Test
    void theSameSeedGivesTheSameOutputWhateverTheThreadsAndAnotherSeedAnother() {
        Population population = Population.synthetic(30_000, 3);
        Journey journey = SimulationSpeedCheck.tenTiles();
        String one = Digest.of(run(journey, population, 1, 9), population);
        assertEquals(one, Digest.of(run(journey, population, 4, 9), population));
        assertEquals(one, Digest.of(run(journey, population, 2, 9), population));
        assertTrue(!one.equals(Digest.of(run(journey, population, 1, 10), population)));
    }

    @Test
    void aPercentSplitterGivesEachBranchItsShare() {
        Population population = Population.synthetic(100_000, 5);
        SplitterTile splitter = new SplitterTile("split", "", SplitMode.PERCENTAGE, List.of(
                new SplitterBranch("a", "A", 20, null, List.of()), new SplitterBranch("b", "B", 30, null, List.of()),
                new SplitterBranch("c", "C", null, null, List.of())));
        Journey journey = TestJourneys.journey(TestJourneys.union("start", TestJourneys.include("all", "All")),
                splitter);
        TileReport report = run(journey, population, 2, 77).tile("split").orElseThrow();
        long n = report.passed();
        assertEquals(100_000, n);
        within(report.branch("A"), n, 0.2, "A");
        within(report.branch("B"), n, 0.3, "B");
        within(report.branch("C"), n, 0.5, "C");
    }

    private static SimulationResult run(Journey journey, Population population, int threads, long seed) {
        return new Simulator().run(new SimulationRequest(journey, population,
                org.waymark.engine.behaviour.BehaviourModel.defaults(), seed, TestJourneys.START_INSTANT,
                Duration.ofDays(30), threads, InteractionBatch.NONE), SimulationProgress.NONE);
    }

    private static void everyTileBalances(SimulationResult result, String where) {
        for (TileReport tile : result.tiles()) {
            assertEquals(tile.entered(), tile.waiting() + tile.passed(), where + ": " + tile);
            if (tile.type().equals("trigger") || tile.type().equals("splitter")) {
                long branches = tile.branches().values().stream().mapToLong(Long::longValue).sum();
                assertEquals(tile.passed() - tile.message("removed"), branches, where + ": " + tile);
            }
            if (tile.messages().containsKey("sent")) {
                assertEquals(tile.entered(), tile.message("sent"), where + ": " + tile);
            }
        }
    }

    private static void nothingOutsideTheSchedule(SimulationRequest request, SimulationResult result, String where) {
        JourneySettings settings = request.journey().settings();
        long from = Math.max(request.start().getEpochSecond(), settings.schedule().zonedStart().toEpochSecond());
        long until = Math.min(request.start().plus(request.period()).getEpochSecond(),
                settings.schedule().zonedEnd().toEpochSecond());
        InteractionBatch rows = result.interactions();
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(rows.occurredAt(i) >= from && rows.occurredAt(i) < until, where + ": row " + i);
        }
        result.leads().forEach(l -> assertTrue(l.at() >= from && l.at() < until, where + ": " + l));
        result.activities().forEach(a -> assertTrue(a.at() >= from && a.at() < until, where + ": " + a));
        result.workflowRuns().forEach(r -> assertTrue(r.at() >= from && r.at() < until, where + ": " + r));
    }

    private static void gatedContactsAreNeverMessaged(JourneySettings settings, Population population,
                                                      SimulationResult result, String where) {
        SegmentMembers suppressed = settings.suppressionSegment() == null ? null
                : population.segment(settings.suppressionSegment()).orElse(null);
        InteractionBatch rows = result.interactions();
        for (int i = 0; i < rows.size(); i++) {
            if (!"sent".equals(rows.subtype(i))) {
                continue;
            }
            int index = population.indexOf(rows.contactId(i));
            assertTrue(population.consentRank(index) >= settings.minimumConsent().rank(), where + ": consent");
            assertTrue(settings.scope() == BusinessUnitScope.ORGANIZATION
                    || UNITS_IN_SCOPE.contains(population.businessUnitId(index)), where + ": scope");
            assertTrue(suppressed == null || suppressed.joinedAt(index) > rows.occurredAt(i),
                    where + ": suppressed contact " + rows.contactId(i) + " messaged");
        }
    }

    private static void noContactTwicePerIteration(Journey journey, Population population, SimulationResult result,
                                                   String where) {
        List<Long> iterationStarts = result.milestones().stream()
                .filter(m -> m.kind().equals("ITERATION_STARTED") || m.kind().equals("RUN_STARTED"))
                .map(RunMilestone::at).distinct().toList();
        Map<String, Integer> sends = new HashMap<>();
        InteractionBatch rows = result.interactions();
        for (int i = 0; i < rows.size(); i++) {
            if ("sent".equals(rows.subtype(i))) {
                long at = rows.occurredAt(i);
                long iteration = iterationStarts.stream().filter(s -> s <= at).count();
                String key = rows.contactId(i) + "|" + rows.assetName(i) + "|" + iteration;
                assertEquals(null, sends.put(key, 1), where + ": sent twice in one iteration: " + key);
            }
        }
        String first = journey.pipeline().get(0).id();
        for (int i = 0; i < population.size(); i += 7) {
            List<String> path = result.pathOf(population.contactId(i)).orElseThrow();
            Set<String> seen = new HashSet<>();
            for (String tile : path) {
                if (tile.equals(first)) {
                    seen.clear();
                }
                assertTrue(seen.add(tile), where + ": path " + path);
            }
        }
    }

    private static void percentSplitsStayWithinBinomialBounds(Journey journey, SimulationResult result, String where) {
        for (TilePlace place : PipelineWalker.places(journey.pipeline())) {
            if (place.tile() instanceof SplitterTile splitter && splitter.mode() == SplitMode.PERCENTAGE) {
                TileReport report = result.tile(splitter.id()).orElseThrow();
                long n = report.passed();
                List<SplitterBranch> branches = splitter.branches();
                for (int b = 0; b < branches.size(); b++) {
                    boolean last = b == branches.size() - 1;
                    double p = (last ? splitter.remainderPercent() : branches.get(b).percent()) / 100.0;
                    within(report.branch(branches.get(b).name()), n, p, where + " " + splitter.id());
                }
            }
        }
    }

    private static void within(long count, long n, double p, String what) {
        double sigma = Math.sqrt(n * p * (1 - p));
        assertTrue(Math.abs(count - n * p) <= 4 * sigma + 1e-9,
                what + ": " + count + " of " + n + " for a share of " + p);
    }
}
