package org.spinewise.library.web;

import java.io.InputStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.system.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.TestContent.LIBRARY;

/**
 * Every drawing of the library is well-formed SVG of a few KB; each exercise shows a start and an end pose from
 * the same side view with an arrow for the movement, and says both poses in words in English and Spanish (the
 * page's {@code alt}: an {@code <img>} does not expose the SVG's own text in the reader's language).
 */
class ExerciseDrawingsTest {

    static Stream<Exercise> exercises() {
        return LIBRARY.exercises().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void eachExerciseDrawsAStartAndAnEndPoseWithAnArrow(Exercise exercise) throws Exception {
        byte[] svg;
        try (InputStream in = getClass().getResourceAsStream("/static/img/exercises/" + exercise.id() + ".svg")) {
            assertThat(in).as("the drawing of %s", exercise.id()).isNotNull();
            svg = in.readAllBytes();
        }
        assertThat(svg.length).as("bytes").isLessThan(4096);
        Document drawing = parse(svg);
        assertThat(drawing.getDocumentElement().getLocalName()).isEqualTo("svg");
        for (var locale : new java.util.Locale[] {Messages.ENGLISH, Messages.SPANISH}) {
            LocaleContextHolder.setLocale(locale);
            String words;
            try {
                words = Messages.t("drawing." + exercise.id()); // every library item has its words, or its page fails
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
            if (exercise.category() != Category.THERAPY) {
                assertThat(words)
                        .as("%s in %s", exercise.id(), locale)
                        .contains(locale == Messages.ENGLISH ? "Start" : "Inicio")
                        .contains(locale == Messages.ENGLISH ? "End" : "Final")
                        .contains(locale == Messages.ENGLISH ? "arrow" : "flecha");
            }
        }
        if (exercise.category() == Category.THERAPY) {
            return; // a heat or cold pack has one pose
        }
        assertThat(count(drawing, "//*[local-name()='g'][@data-pose='start']")).isEqualTo(1);
        assertThat(count(drawing, "//*[local-name()='g'][@data-pose='end']")).isEqualTo(1);
        assertThat(count(drawing, "//*[local-name()='g'][@data-pose='start']/*"))
                .isPositive();
        assertThat(count(drawing, "//*[local-name()='g'][@data-pose='end']/*[local-name()='circle']"))
                .as("the end pose is a whole figure, head included")
                .isPositive();
        assertThat(count(drawing, "//*[@data-arrow][@marker-end='url(#tip)']")).isEqualTo(1);
        assertThat(count(drawing, "//*[local-name()='marker'][@id='tip']")).isEqualTo(1);
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8))
                .as("currentColor is black inside an <img>, whatever the page's colours")
                .doesNotContain("currentColor");
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg));
    }

    private static int count(Document document, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
                .getLength();
    }
}
