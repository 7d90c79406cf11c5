package dev.bosun.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switch of the top bar and the sign-in page; returns to the page it was used on. */
@Controller
class LanguageController {

    private final UserLocaleResolver locales;

    LanguageController(UserLocaleResolver locales) {
        this.locales = locales;
    }

    @PostMapping("/language")
    String switchLanguage(
            @RequestParam String lang,
            @RequestParam(defaultValue = "/") String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        locales.setLocale(request, response, Locale.forLanguageTag(lang));
        return "redirect:" + localPath(next);
    }

    /** Only a path on this site, never another host (no open redirect). */
    static String localPath(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.contains("\r")
                || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
