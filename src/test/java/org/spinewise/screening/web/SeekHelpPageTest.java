package org.spinewise.screening.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiTest;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Rule;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinewise.TestContent.RULES;

/**
 * "When should I see a doctor?" lists every warning sign the rule book acts
 * on, each in the section of its disposition, with what to do: a rule added to
 * the rules file without its entry, or filed under the wrong urgency, fails here.
 */
class SeekHelpPageTest extends ApiTest {

    private static final Pattern SECTION =
            Pattern.compile("<section[^>]*data-disposition=\"([A-Z_]+)\"[^>]*>(.*?)</section>", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("<li data-rule=\"([A-Z0-9-]+)\">");
    private static final Map<Disposition, String> WHAT_TO_DO = Map.of(
            Disposition.EMERGENCY, "Call your local emergency number",
            Disposition.URGENT, "today or tomorrow",
            Disposition.SEE_PROFESSIONAL, "Make an appointment with a physician or physiotherapist");

    @Test
    void thePageListsEveryRuleThatSendsSomeoneToHelpInItsDispositionsSection() {
        Answer page = get("/learn/when-to-seek-help");
        assertThat(page.status()).isEqualTo(200);

        Matcher sections = SECTION.matcher(page.body());
        List<String> seen = new ArrayList<>();
        while (sections.find()) {
            Disposition disposition = Disposition.valueOf(sections.group(1));
            String body = sections.group(2);
            assertThat(body).as("what to do, in %s", disposition).contains(WHAT_TO_DO.get(disposition));
            List<String> listed = ids(body);
            assertThat(listed)
                    .as("signs in %s", disposition)
                    .containsExactlyElementsOf(
                            rulesRaising(disposition).stream().map(Rule::id).toList());
            rulesRaising(disposition).forEach(rule -> assertThat(body).contains(rule.sign()));
            seen.add(disposition.name());
        }
        assertThat(seen).containsExactly("EMERGENCY", "URGENT", "SEE_PROFESSIONAL");
        assertThat(page.body()).contains("If you are not sure");
    }

    @Test
    void theApiFormCarriesTheSameSignsInTheShapeOfAnEducationPage() {
        JsonNode page = get("/api/v1/education/when-to-seek-help").json();

        assertThat(page.get("id").stringValue()).isEqualTo("when-to-seek-help");
        assertThat(page.get("title").stringValue()).isNotBlank();
        JsonNode emergency = page.get("sections").get(0);
        assertThat(emergency.get("disposition").stringValue()).isEqualTo("EMERGENCY");
        List<Rule> emergencies = rulesRaising(Disposition.EMERGENCY);
        assertThat(emergency.get("bullets").values())
                .extracting(JsonNode::stringValue)
                .containsExactlyElementsOf(emergencies.stream().map(Rule::sign).toList());
        assertThat(emergency.get("entries").values())
                .extracting(entry -> entry.get("rule").stringValue())
                .containsExactlyElementsOf(emergencies.stream().map(Rule::id).toList());
        int listed = 0;
        for (JsonNode section : page.get("sections").values()) {
            listed += section.get("entries").size();
        }
        assertThat(listed)
                .isEqualTo(RULES.rules().stream()
                        .filter(rule -> rule.disposition() != null && rule.disposition() != Disposition.SELF_CARE)
                        .count());
    }

    @Test
    void searchAndTheLearnListStillFindIt() {
        assertThat(get("/api/v1/search?q=numbness+between+my+legs")
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .stringValue())
                .isEqualTo("when-to-seek-help");
        assertThat(get("/learn").body()).contains("href=\"/learn/when-to-seek-help\"");
    }

    private static List<Rule> rulesRaising(Disposition disposition) {
        return RULES.rules().stream()
                .filter(rule -> rule.disposition() == disposition)
                .toList();
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher entries = ENTRY.matcher(html);
        while (entries.find()) {
            ids.add(entries.group(1));
        }
        return ids;
    }
}
