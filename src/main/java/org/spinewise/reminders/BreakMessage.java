package org.spinewise.reminders;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The notification a break sends: {@code {"title", "body", "url"}}, the url the desk routine's address. */
public final class BreakMessage {

    public static final String TITLE = "Time to get up for a moment";
    public static final String BODY =
            "Two minutes of easy moves at your desk, then a minute's walk. Tap to start the routine.";

    private BreakMessage() {}

    public static byte[] payload(String deskRoutineUrl) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("title", TITLE);
        message.put("body", BODY);
        message.put("url", deskRoutineUrl);
        return message.toString().getBytes(StandardCharsets.UTF_8);
    }
}
