package dev.bosun.inventory.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.InventoryInputException;
import dev.bosun.inventory.Scorecard;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.SupplyLink;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.inventory.forecast.LeadTimeStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Partners → Suppliers and Forwarders: each with its terms, notes, the SKUs it serves and its scorecard from actual
 * purchase orders and shipments; a form to add or change one (specialists and above). The supplier of a SKU is set
 * on the SKU's inventory page.
 */
@Controller
class PartnersController {

    private final SupplyPartners partners;
    private final AccountDirectory directory;

    PartnersController(SupplyPartners partners, AccountDirectory directory) {
        this.partners = partners;
        this.directory = directory;
    }

    /** A supplier as listed: its terms, scorecard and SKUs. */
    record SupplierView(Supplier supplier, Scorecard card, List<String> skus) {
        public String onTime() {
            return rate(card.onTimeRate());
        }

        public String learnt() {
            return stage(card.stage());
        }

        public String defects() {
            return supplier.defectRate() == null ? "–" : PartnerForms.percent(supplier.defectRate()) + " %";
        }
    }

    /** A forwarder as listed: its terms, scorecard and SKUs. */
    record ForwarderView(Forwarder forwarder, Scorecard card, List<String> skus) {
        public String onTime() {
            return rate(card.onTimeRate());
        }

        public String learnt() {
            return stage(card.stage());
        }

        public String checkIn() {
            return stage(card.checkIn());
        }

        public String damage() {
            return forwarder.damageRate() == null ? "–" : PartnerForms.percent(forwarder.damageRate()) + " %";
        }
    }

    @GetMapping("/a/{accountId}/partners/suppliers")
    String suppliers(@PathVariable long accountId, @RequestParam(required = false) Long edit, Model model) {
        SellerAccount account = account(accountId);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    edit == null
                            ? PartnerForms.SupplierForm.empty()
                            : PartnerForms.SupplierForm.of(partners.supplier(accountId, edit)
                                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))));
        }
        Map<Long, Scorecard> cards = partners.supplierScorecards(accountId);
        Map<String, SupplyLink> links = partners.links(accountId);
        List<SupplierView> views = new ArrayList<>();
        for (Supplier s : partners.suppliers(accountId)) {
            views.add(new SupplierView(
                    s,
                    cards.get(s.id()),
                    links.values().stream()
                            .filter(l -> l.supplierId() == s.id())
                            .map(SupplyLink::sku)
                            .toList()));
        }
        model.addAttribute("area", "partners");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("suppliers", views);
        model.addAttribute("mayEdit", SupplyPartners.mayEdit(user()));
        return "inventory/suppliers";
    }

    @PostMapping("/a/{accountId}/partners/suppliers")
    String saveSupplier(
            @PathVariable long accountId,
            @ModelAttribute PartnerForms.SupplierForm form,
            Model model,
            RedirectAttributes flash) {
        account(accountId);
        try {
            Supplier saved = partners.saveSupplier(user(), accountId, form.parse());
            flash.addFlashAttribute("saved", "inventory.partner.saved");
            flash.addFlashAttribute("savedName", saved.name());
            return "redirect:/a/" + accountId + "/partners/suppliers";
        } catch (InventoryInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("formErrorKey", e.messageKey());
            model.addAttribute("formError", e.getMessage());
            return suppliers(accountId, null, model);
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/a/{accountId}/partners/suppliers/{supplierId}/delete")
    String deleteSupplier(@PathVariable long accountId, @PathVariable long supplierId, RedirectAttributes flash) {
        account(accountId);
        try {
            if (!partners.deleteSupplier(user(), accountId, supplierId)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            flash.addFlashAttribute("saved", "inventory.partner.deleted");
        } catch (InventoryInputException e) {
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/partners/suppliers";
    }

    @GetMapping("/a/{accountId}/partners/forwarders")
    String forwarders(@PathVariable long accountId, @RequestParam(required = false) Long edit, Model model) {
        SellerAccount account = account(accountId);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    edit == null
                            ? PartnerForms.ForwarderForm.empty()
                            : PartnerForms.ForwarderForm.of(partners.forwarder(accountId, edit)
                                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))));
        }
        Map<Long, Scorecard> cards = partners.forwarderScorecards(accountId);
        Map<String, SupplyLink> links = partners.links(accountId);
        List<ForwarderView> views = new ArrayList<>();
        for (Forwarder f : partners.forwarders(accountId)) {
            views.add(new ForwarderView(
                    f,
                    cards.get(f.id()),
                    links.values().stream()
                            .filter(l -> l.forwarderId() != null && l.forwarderId() == f.id())
                            .map(SupplyLink::sku)
                            .toList()));
        }
        model.addAttribute("area", "partners");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("forwarders", views);
        model.addAttribute("mayEdit", SupplyPartners.mayEdit(user()));
        return "inventory/forwarders";
    }

    @PostMapping("/a/{accountId}/partners/forwarders")
    String saveForwarder(
            @PathVariable long accountId,
            @ModelAttribute PartnerForms.ForwarderForm form,
            Model model,
            RedirectAttributes flash) {
        account(accountId);
        try {
            Forwarder saved = partners.saveForwarder(user(), accountId, form.parse());
            flash.addFlashAttribute("saved", "inventory.partner.saved");
            flash.addFlashAttribute("savedName", saved.name());
            return "redirect:/a/" + accountId + "/partners/forwarders";
        } catch (InventoryInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("formErrorKey", e.messageKey());
            model.addAttribute("formError", e.getMessage());
            return forwarders(accountId, null, model);
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/a/{accountId}/partners/forwarders/{forwarderId}/delete")
    String deleteForwarder(@PathVariable long accountId, @PathVariable long forwarderId, RedirectAttributes flash) {
        account(accountId);
        try {
            if (!partners.deleteForwarder(user(), accountId, forwarderId)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            flash.addFlashAttribute("saved", "inventory.partner.deleted");
        } catch (InventoryInputException e) {
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/partners/forwarders";
    }

    /** Sets the supplier and forwarder of a SKU (from its inventory page); an empty supplier removes the link. */
    @PostMapping("/a/{accountId}/inventory/stock/{marketplace}/{sku}/supply")
    String link(
            @PathVariable long accountId,
            @PathVariable String marketplace,
            @PathVariable String sku,
            @RequestParam(required = false) Long supplierId,
            @RequestParam(required = false) Long forwarderId,
            RedirectAttributes flash) {
        account(accountId);
        try {
            partners.link(user(), accountId, sku, supplierId, forwarderId);
            flash.addFlashAttribute("saved", "inventory.supply.saved");
        } catch (InventoryInputException e) {
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/inventory/stock/"
                + UriUtils.encodePathSegment(marketplace, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(sku, StandardCharsets.UTF_8);
    }

    static String rate(Double rate) {
        return rate == null
                ? "–"
                : BigDecimal.valueOf(rate * 100)
                                .setScale(0, RoundingMode.HALF_UP)
                                .toPlainString() + " %";
    }

    static String stage(LeadTimeStage stage) {
        if (stage == null) {
            return "–";
        }
        return BigDecimal.valueOf(stage.meanDays())
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + " ± "
                + BigDecimal.valueOf(stage.deviationDays())
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString()
                + (stage.observations() == 0 ? "" : " (n=" + stage.observations() + ")");
    }

    private SellerAccount account(long accountId) {
        return directory.find(user(), accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CurrentUser user() {
        return Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
