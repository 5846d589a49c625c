package org.waymark.engine;

/** Everything a result holds, as text, to compare two runs byte for byte. */
final class Digest {

    private Digest() {
    }

    static String of(SimulationResult result, Population population) {
        StringBuilder out = new StringBuilder();
        result.tiles().forEach(t -> out.append(t).append('\n'));
        out.append(Rows.dump(result.interactions()));
        result.leads().forEach(l -> out.append(l).append('\n'));
        result.activities().forEach(a -> out.append(a).append('\n'));
        result.workflowRuns().forEach(r -> out.append(r).append('\n'));
        result.milestones().forEach(m -> out.append(m).append('\n'));
        out.append(result.contactsEntered()).append(' ').append(result.cancelled()).append('\n');
        for (int i = 0; i < population.size(); i += 13) {
            out.append(result.pathOf(population.contactId(i)).orElseThrow()).append('\n');
        }
        return out.toString();
    }
}
