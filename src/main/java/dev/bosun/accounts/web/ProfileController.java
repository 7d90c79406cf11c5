package dev.bosun.accounts.web;

import dev.bosun.accounts.ApiAccess;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.Users;
import dev.bosun.accounts.domain.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own settings: language, time zone, password and personal API tokens. */
@Controller
class ProfileController {

    /** Zones offered first: where sellers and their teams usually are. */
    static final List<String> COMMON_ZONES = List.of(
            "Asia/Shanghai",
            "Asia/Hong_Kong",
            "Asia/Tokyo",
            "Asia/Singapore",
            "Europe/London",
            "Europe/Berlin",
            "America/New_York",
            "America/Chicago",
            "America/Los_Angeles",
            "UTC");

    private final Team team;
    private final ApiAccess apiAccess;
    private final UserLocaleResolver locales;
    private final Forms forms;

    ProfileController(Team team, ApiAccess apiAccess, UserLocaleResolver locales, Forms forms) {
        this.team = team;
        this.apiAccess = apiAccess;
        this.locales = locales;
        this.forms = forms;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        CurrentUser user = current();
        model.addAttribute("area", "profile");
        model.addAttribute("me", user);
        model.addAttribute("tokens", apiAccess.tokensOf(user));
        model.addAttribute("commonZones", COMMON_ZONES);
        model.addAttribute(
                "allZones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return "accounts/profile";
    }

    @PostMapping("/profile/preferences")
    String preferences(
            @RequestParam String language,
            @RequestParam(required = false) String timeZone,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        CurrentUser user = current();
        try {
            team.setTimeZone(user.id(), timeZone);
            locales.setLocale(request, response, Locale.forLanguageTag(language));
            flash.addFlashAttribute("notice", forms.message("profile.saved"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", forms.message(e));
        }
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String password(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            RedirectAttributes flash) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "error.password.mismatch", "the passwords differ");
            }
            team.changePassword(current(), currentPassword, newPassword);
            flash.addFlashAttribute("notice", forms.message("profile.passwordChanged"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", forms.message(e));
        }
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(@RequestParam String name, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("newToken", apiAccess.create(current(), name));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", forms.message(e));
        }
        return "redirect:/profile#tokens";
    }

    @PostMapping("/profile/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long tokenId, RedirectAttributes flash) {
        if (apiAccess.revoke(current(), tokenId)) {
            flash.addFlashAttribute("notice", forms.message("profile.tokenRevoked"));
        }
        return "redirect:/profile#tokens";
    }

    private static CurrentUser current() {
        return Users.current().orElseThrow();
    }
}
