package org.spinewise.screening.web;

import java.util.List;

import org.spinewise.system.Messages;

/**
 * The phone numbers the emergency and urgent results offer as tap-to-call links, defined here alone: the
 * emergency numbers the rule book's EMERGENCY advice names (999 in the UK, 112 across the EU, 911 in North
 * America) and a line for advice that is not an emergency (NHS 111 in the UK; elsewhere the person's doctor).
 */
public final class CallNumbers {

    /** One number, with the words of its link ({@code {0}} is the number). */
    public record CallNumber(String number, String wordsKey) {

        public String href() {
            return "tel:" + number;
        }

        public String label() {
            return Messages.t(wordsKey, number);
        }
    }

    public static final List<CallNumber> EMERGENCY = List.of(
            new CallNumber("999", "result.call.uk"),
            new CallNumber("112", "result.call.eu"),
            new CallNumber("911", "result.call.us"));

    public static final CallNumber NON_EMERGENCY = new CallNumber("111", "result.call.nhs111");

    private CallNumbers() {}
}
