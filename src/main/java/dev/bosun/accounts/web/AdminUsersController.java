package dev.bosun.accounts.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.TeamMember;
import dev.bosun.accounts.Users;
import dev.bosun.accounts.domain.AccountRules;
import dev.bosun.accounts.domain.InvalidInputException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Administration of the team (admins only, by the security rules on {@code /admin/**}): add users with a
 * password or an invitation link, change roles and grants, disable, reset passwords.
 */
@Controller
class AdminUsersController {

    private final Team team;
    private final AccountDirectory directory;
    private final Forms forms;

    AdminUsersController(Team team, AccountDirectory directory, Forms forms) {
        this.team = team;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        CurrentUser admin = Users.current().orElseThrow();
        model.addAttribute("area", "admin-users");
        model.addAttribute("members", team.members(admin.organisationId()));
        model.addAttribute("sellerAccounts", directory.ofOrganisation(admin.organisationId()));
        model.addAttribute("roles", Role.values());
        return "accounts/admin-users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam String username,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            @RequestParam String role,
            @RequestParam(defaultValue = "invite") String access,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) List<Long> accounts,
            RedirectAttributes flash) {
        CurrentUser admin = Users.current().orElseThrow();
        try {
            boolean withPassword = "password".equals(access);
            if (withPassword) {
                AccountRules.password(password);
            }
            CurrentUser created = team.create(
                    admin.organisationId(),
                    username,
                    displayName,
                    email,
                    Role.parse(role),
                    withPassword ? password : null,
                    accounts);
            if (!withPassword) {
                flash.addFlashAttribute("inviteLink", invitationLink(team.invite(created.id())));
                flash.addFlashAttribute("inviteFor", created.username());
            }
            flash.addFlashAttribute("notice", forms.message("admin.users.created", created.username()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", forms.message(e));
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{userId}")
    String edit(@PathVariable long userId, Model model) {
        CurrentUser admin = Users.current().orElseThrow();
        TeamMember member = member(admin, userId);
        model.addAttribute("area", "admin-users");
        model.addAttribute("member", member);
        model.addAttribute("sellerAccounts", directory.ofOrganisation(admin.organisationId()));
        model.addAttribute("roles", Role.values());
        return "accounts/admin-user";
    }

    @PostMapping("/admin/users/{userId}")
    String update(
            @PathVariable long userId,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            @RequestParam String role,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) List<Long> accounts,
            RedirectAttributes flash) {
        CurrentUser admin = Users.current().orElseThrow();
        TeamMember member = member(admin, userId);
        try {
            team.update(
                    admin,
                    userId,
                    displayName,
                    email,
                    Role.parse(role),
                    enabled,
                    accounts == null ? List.of() : accounts);
            flash.addFlashAttribute("notice", forms.message("admin.users.saved", member.username()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", forms.message(e));
        }
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/admin/users/{userId}/invitation")
    String invite(@PathVariable long userId, RedirectAttributes flash) {
        TeamMember member = member(Users.current().orElseThrow(), userId);
        flash.addFlashAttribute("inviteLink", invitationLink(team.invite(member.id())));
        flash.addFlashAttribute("inviteFor", member.username());
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/admin/users/{userId}/password")
    String resetPassword(@PathVariable long userId, RedirectAttributes flash) {
        TeamMember member = member(Users.current().orElseThrow(), userId);
        flash.addFlashAttribute("newPassword", team.resetPassword(member.username()));
        flash.addFlashAttribute("inviteFor", member.username());
        return "redirect:/admin/users/" + userId;
    }

    private TeamMember member(CurrentUser admin, long userId) {
        return team.members(admin.organisationId()).stream()
                .filter(m -> m.id() == userId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String invitationLink(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/invitation/{token}")
                .buildAndExpand(token)
                .toUriString();
    }
}
