package org.spinewise.support;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Creates an account through the sign-up page (/signup) as a person would, and lands on /me?welcome. */
public final class SignUpPage {

    public static final String PASSWORD = "quiet orchard lantern 42";

    private SignUpPage() {}

    /** A new account with a fresh email; the tab is signed in afterwards. Returns the email. */
    public static String signUp(BrowserTab tab) {
        String email = "page-" + UUID.randomUUID() + "@example.org";
        Page page = tab.go("/signup");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        page.waitForURL("**/me?welcome");
        return email;
    }

    /** The JSON the signed-in browser gets from a GET of the API at {@code path}, as the page's own fetch sees it. */
    public static Object fetchJson(BrowserTab tab, String path) {
        return tab.page()
                .evaluate(
                        "async path => { const answer = await fetch(path, { headers: { Accept: 'application/json' } });"
                                + " if (!answer.ok) throw new Error(path + ' answered ' + answer.status); return answer.json(); }",
                        path);
    }
}
