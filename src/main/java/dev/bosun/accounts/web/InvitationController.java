package dev.bosun.accounts.web;

import dev.bosun.accounts.Team;
import dev.bosun.accounts.domain.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An invited user opens their link and chooses a password; the link then stops working. */
@Controller
class InvitationController {

    private final Team team;
    private final Forms forms;

    InvitationController(Team team, Forms forms) {
        this.team = team;
        this.forms = forms;
    }

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invited", team.invitation(token).orElse(null));
        return "accounts/invitation";
    }

    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam String password,
            @RequestParam String confirmPassword,
            Model model) {
        try {
            if (!password.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "error.password.mismatch", "the passwords differ");
            }
            team.acceptInvitation(token, password);
            return "redirect:/login?joined";
        } catch (InvalidInputException e) {
            model.addAttribute("token", token);
            model.addAttribute("invited", team.invitation(token).orElse(null));
            model.addAttribute("error", forms.message(e));
            return "accounts/invitation";
        }
    }
}
