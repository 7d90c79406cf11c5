package dev.bosun.accounts.web;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.Users;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The UI language: the one the signed-in user chose (kept on their user, so it follows them to any browser),
 * else the one chosen before signing in (a cookie), else the best match of the browser's Accept-Language among
 * the languages Bosun speaks (English, Simplified Chinese), else English.
 */
@Component("localeResolver")
public class UserLocaleResolver implements LocaleResolver {

    /** The languages every text exists in. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    static final String COOKIE = "bosun_lang";

    private final Team team;

    UserLocaleResolver(Team team) {
        this.team = team;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Optional<Locale> chosen = Users.current().map(CurrentUser::chosenLocale).map(UserLocaleResolver::supported);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<Locale> fromCookie = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> supported(Locale.forLanguageTag(c.getValue())));
        if (fromCookie.isPresent()) {
            return fromCookie.get();
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    Locale wanted = Locale.forLanguageTag(range.getRange());
                    if (wanted.getLanguage().equals("zh")) {
                        return Locale.SIMPLIFIED_CHINESE;
                    }
                    if (wanted.getLanguage().equals("en")) {
                        return Locale.ENGLISH;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header falls back to English
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale language = supported(locale == null ? Locale.ENGLISH : locale);
        Cookie cookie = new Cookie(COOKIE, language.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        Users.current().ifPresent(user -> team.setLocale(user.id(), language.toLanguageTag()));
    }

    /** Chinese in any script or region reads Simplified Chinese; anything else reads English. */
    static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
