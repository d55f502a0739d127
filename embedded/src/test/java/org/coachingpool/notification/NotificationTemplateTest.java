package org.coachingpool.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every notify task of the shipped processes names a template the app has words for. */
class NotificationTemplateTest {

    private static final Pattern TEMPLATE = Pattern.compile("<zeebe:header key=\"template\" value=\"([^\"]+)\"");

    @Test
    void everyTemplateTheProcessesNameHasWordsInTheApp() throws IOException {
        List<String> named = new ArrayList<>();
        for (var bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            var matcher = TEMPLATE.matcher(bpmn.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                named.add(matcher.group(1));
            }
        }
        assertThat(named).isNotEmpty().allSatisfy(header -> assertThat(NotificationTemplate.ofHeader(header))
                .as("words for template '%s'", header).isPresent());
    }
}
