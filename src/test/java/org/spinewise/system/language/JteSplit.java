package org.spinewise.system.language;

/**
 * A JTE template split into what the browser receives as written ({@code html}: tags and text) and
 * the template's code ({@code code}: expressions, conditions, calls of other templates and their
 * parameters). Content blocks passed to another template ({@code @`...`}) are HTML again.
 */
record JteSplit(String html, String code) {

    static JteSplit of(String template) {
        Scanner scanner = new Scanner(template);
        scanner.html(false);
        return new JteSplit(scanner.html.toString(), scanner.code.toString());
    }

    private static final class Scanner {

        private final String in;
        private final StringBuilder html = new StringBuilder();
        private final StringBuilder code = new StringBuilder();
        private int at;

        Scanner(String in) {
            this.in = in;
        }

        /** HTML up to the end, or up to the backtick that closes a content block. */
        void html(boolean inBlock) {
            while (at < in.length()) {
                if (inBlock && in.charAt(at) == '`') {
                    at++;
                    return;
                }
                if (starts("<%--")) {
                    int end = in.indexOf("--%>", at);
                    at = end < 0 ? in.length() : end + 4;
                } else if (starts("@param") || starts("@import")) {
                    int end = in.indexOf('\n', at);
                    at = end < 0 ? in.length() : end + 1;
                } else if (starts("${") || starts("!{")) {
                    at += 1;
                    code('{', '}');
                } else if (starts("$unsafe{")) {
                    at += 7;
                    code('{', '}');
                } else if (starts("@template.") || starts("@if(") || starts("@elseif(") || starts("@for(")) {
                    at = in.indexOf('(', at);
                    code('(', ')');
                } else if (starts("@else") || starts("@endif") || starts("@endfor")) {
                    at += starts("@else") && !starts("@elseif") ? 5 : starts("@endif") ? 6 : 7;
                } else {
                    html.append(in.charAt(at++));
                }
            }
        }

        /** Code from an opening bracket to its match; string literals and content blocks are skipped over. */
        private void code(char open, char close) {
            int depth = 0;
            while (at < in.length()) {
                char c = in.charAt(at);
                if (c == '"') {
                    int end = literalEnd(at);
                    code.append(in, at, end).append(' ');
                    at = end;
                    continue;
                }
                if (starts("@`")) {
                    at += 2;
                    html.append(' ');
                    html(true);
                    html.append(' ');
                    continue;
                }
                at++;
                if (c == open) {
                    depth++;
                } else if (c == close && --depth == 0) {
                    return;
                }
            }
        }

        private int literalEnd(int start) {
            int i = start + 1;
            while (i < in.length() && in.charAt(i) != '"') {
                i += in.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i + 1, in.length());
        }

        private boolean starts(String token) {
            return in.startsWith(token, at);
        }
    }
}
