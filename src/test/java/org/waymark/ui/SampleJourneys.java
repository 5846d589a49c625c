package org.waymark.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.journey.Journey;

/** The sample journeys shipped as classpath resources, read for tests. */
public final class SampleJourneys {

    public static final String WHITE_PAPER = "new-york-white-paper";
    public static final String WELCOME = "welcome-series";
    public static final String SUMMIT = "customer-summit";

    private SampleJourneys() {
    }

    public static Journey read(String name) {
        String resource = "/assets/journeys/" + name + ".waymark.json";
        try (InputStream in = SampleJourneys.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new JourneyFileReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JourneyFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
