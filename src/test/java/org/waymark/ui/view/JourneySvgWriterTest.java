package org.waymark.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.waymark.model.journey.Journey;
import org.waymark.model.template.TemplateCatalog;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Tile;
import org.waymark.ui.canvas.PipelineDrawing;
import org.waymark.ui.canvas.PipelineLayout;
import org.waymark.ui.canvas.TileSummary;

class JourneySvgWriterTest {

    private static final String AWKWARD = "A<&\"'B";

    private final JourneySvgWriter writer = new JourneySvgWriter(new TileSummary()::of, type -> "M1 1h14v14h-14z");

    @Test
    void writesWellFormedSvgWithOneRectPerTile() throws Exception {
        PipelineDrawing drawing = drawing(journey());
        Document svg = parse(writer.write("Lead nurture", drawing));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(drawing.width());
        assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(drawing.height());
        List<Element> tiles = byClassPrefix(svg, "g", "tile");
        assertThat(tiles).hasSize(drawing.tiles().size());
        for (Element tile : tiles) {
            assertThat(tile.getElementsByTagName("rect").getLength()).isEqualTo(1);
        }
        assertThat(byClassPrefix(svg, "rect", "tile-border")).hasSize(drawing.tiles().size());
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(drawing.connectors().size());
        assertThat(byClassPrefix(svg, "text", "lane-label")).extracting(Element::getTextContent)
                .containsExactlyInAnyOrder("True", "False", "True", "False", "True", "False");
        assertThat(byClassPrefix(svg, "rect", "end")).hasSize(drawing.ends().size());
    }

    @Test
    void escapesNamesAndTitles() throws Exception {
        Document svg = parse(writer.write("Tom & Jerry's <journey>", drawing(journey())));
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Tom & Jerry's <journey>");
        List<String> names = byClassPrefix(svg, "text", "tile-name").stream().map(Element::getTextContent).toList();
        assertThat(names).contains(AWKWARD);
        Element offer = (Element) svg.getElementsByTagName("g").item(0);
        assertThat(offer).isNotNull();
        String raw = writer.write("x", drawing(journey()));
        assertThat(raw).contains("A&lt;&amp;&quot;&apos;B").doesNotContain(AWKWARD);
    }

    @Test
    void showsNamesAndStatusLinesLikeTheCanvas() throws Exception {
        Document svg = parse(writer.write("Lead nurture", drawing(journey())));
        List<String> statuses = byClassPrefix(svg, "text", "tile-status").stream().map(Element::getTextContent).toList();
        assertThat(statuses).contains("Playbook download page", "White paper reminder");
        List<String> names = byClassPrefix(svg, "text", "tile-name").stream().map(Element::getTextContent).toList();
        assertThat(names).contains("Subscribers", "Download page", "Late lead");
        assertThat(writer.write("x", drawing(journey()))).contains("#0f766e").contains("#b45309");
    }

    @Test
    void wrapsLongNamesWithinTheTile() {
        assertThat(SvgText.wrap("Clicked the download link in the reminder email?", 190, 7.5, 2))
                .containsExactly("Clicked the download link", "in the reminder email?");
        assertThat(SvgText.wrap("one two three four five six seven eight nine ten eleven", 60, 6, 2))
                .hasSize(2).last().asString().endsWith("…");
        assertThat(SvgText.num(12.5)).isEqualTo("12.5");
        assertThat(SvgText.num(24.0)).isEqualTo("24");
        assertThat(SvgText.escape("a\u0001b")).isEqualTo("ab");
    }

    @Test
    void writesAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("journey.svg");
        writer.write("Journey", drawing(journey()), file);
        assertThat(parse(Files.readString(file)).getDocumentElement().getTagName()).isEqualTo("svg");
    }

    /** The lead nurture template with the offer email renamed to characters XML must escape. */
    private static Journey journey() {
        Journey template = TemplateCatalog.fromClassPath().find("lead-nurture").orElseThrow().journey();
        List<Tile> pipeline = new ArrayList<>(template.pipeline());
        EmailTile offer = (EmailTile) pipeline.get(1);
        pipeline.set(1, new EmailTile(offer.id(), AWKWARD, offer.email(), offer.content()));
        return template.withPipeline(pipeline);
    }

    private static PipelineDrawing drawing(Journey journey) {
        return new PipelineLayout().layout(journey.pipeline());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClassPrefix(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String classes = e.getAttribute("class") + " " + e.getAttribute("data-kind");
            if (List.of(classes.split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }
}
