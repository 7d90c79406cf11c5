package dev.bosun.inventory.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.InventoryInputException;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.inventory.PurchasePlans;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.ProposalOutcome;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inventory → Plans: purchase order proposals grouped by supplier, FBA shipment proposals from the 3PL and own
 * warehouse, and the purchase orders; a purchase order's page with its lines, dates and next step (submit for
 * approval, ordered, in transit, received, cancel) and its xlsx for the supplier.
 */
@Controller
class PlansController {

    private final PurchasePlans plans;
    private final SupplyPartners partners;
    private final AccountDirectory directory;
    private final MessageSource messages;
    private final java.time.Clock clock;

    PlansController(
            PurchasePlans plans,
            SupplyPartners partners,
            AccountDirectory directory,
            MessageSource messages,
            java.time.Clock clock) {
        this.plans = plans;
        this.partners = partners;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/a/{accountId}/inventory/plans")
    String plans(@PathVariable long accountId, Model model) {
        SellerAccount account = account(accountId);
        model.addAttribute("area", "inventory");
        model.addAttribute("sellerAccount", account);
        PurchasePlans.Proposals proposals = plans.proposals(accountId, account.marketplaces());
        model.addAttribute("proposals", proposals.purchases());
        model.addAttribute("shipments", proposals.shipments());
        model.addAttribute("computing", proposals.computing());
        model.addAttribute(
                "computedAt",
                proposals.sheets().stream()
                        .map(dev.bosun.inventory.ReplenishmentSheet::computedAt)
                        .filter(java.util.Objects::nonNull)
                        .min(java.util.Comparator.naturalOrder())
                        .orElse(null));
        model.addAttribute("orders", plans.orders(accountId));
        model.addAttribute("supplierNames", supplierNames(accountId));
        model.addAttribute("mayPlan", PurchasePlans.mayPlan(user()));
        return "inventory/plans";
    }

    @PostMapping("/a/{accountId}/inventory/plans/draft")
    String draft(
            @PathVariable long accountId,
            @RequestParam long supplierId,
            @RequestParam String marketplace,
            RedirectAttributes flash) {
        SellerAccount account = account(accountId);
        Marketplace m = Marketplace.find(marketplace)
                .filter(account::sellsIn)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            PurchaseOrder order = plans.draft(user(), accountId, supplierId, m);
            return "redirect:/a/" + accountId + "/inventory/orders/" + order.id();
        } catch (InventoryInputException e) {
            flash.addFlashAttribute("formErrorKey", e.messageKey());
            return "redirect:/a/" + accountId + "/inventory/plans";
        }
    }

    @GetMapping("/a/{accountId}/inventory/orders/{orderId}")
    String order(@PathVariable long accountId, @PathVariable long orderId, Model model) {
        SellerAccount account = account(accountId);
        PurchaseOrder order = found(accountId, orderId);
        model.addAttribute("area", "inventory");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("order", order);
        model.addAttribute(
                "supplier", partners.supplier(accountId, order.supplierId()).orElse(null));
        model.addAttribute(
                "forwarder",
                order.forwarderId() == null
                        ? null
                        : partners.forwarder(accountId, order.forwarderId()).orElse(null));
        model.addAttribute("mayPlan", PurchasePlans.mayPlan(user()));
        model.addAttribute(
                "today",
                java.time.LocalDate.now(clock.withZone(order.marketplace().zone())));
        model.addAttribute("steps", nextSteps(order.status()));
        model.addAttribute("receipts", plans.receipts(accountId, orderId));
        model.addAttribute("outstanding", plans.outstanding(accountId, order));
        model.addAttribute(
                "receivable",
                order.status() == PurchaseOrderStatus.ORDERED || order.status() == PurchaseOrderStatus.IN_TRANSIT);
        return "inventory/order";
    }

    @PostMapping("/a/{accountId}/inventory/orders/{orderId}/submit")
    String submit(
            @PathVariable long accountId,
            @PathVariable long orderId,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        account(accountId);
        try {
            ProposalOutcome outcome = plans.submit(user(), accountId, orderId, reason);
            if (outcome.waitingForApproval()) {
                flash.addFlashAttribute("submitted", true);
                return "redirect:/a/" + accountId + "/approvals/"
                        + outcome.request().id();
            }
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InventoryInputException e) {
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/inventory/orders/" + orderId;
    }

    @PostMapping("/a/{accountId}/inventory/orders/{orderId}/advance")
    String advance(
            @PathVariable long accountId,
            @PathVariable long orderId,
            @RequestParam String status,
            @RequestParam(required = false) String day,
            RedirectAttributes flash) {
        account(accountId);
        PurchaseOrderStatus target = PurchaseOrderStatus.fromCode(status);
        if (target == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            plans.advance(user(), accountId, orderId, target, InventoryController.day(day));
            flash.addFlashAttribute("saved", "inventory.order.moved");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InventoryInputException e) {
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/inventory/orders/" + orderId;
    }

    @GetMapping("/a/{accountId}/inventory/orders/record")
    String recordForm(@PathVariable long accountId, @RequestParam(required = false) String mp, Model model) {
        SellerAccount account = account(accountId);
        String marketplace =
                mp != null && Marketplace.find(mp).filter(account::sellsIn).isPresent()
                        ? mp
                        : account.marketplaces().get(0).code();
        return recordPage(account, RecordOrderForm.empty(marketplace), null, model);
    }

    @PostMapping("/a/{accountId}/inventory/orders/record")
    String record(
            @PathVariable long accountId,
            @RequestParam(required = false) String supplierId,
            @RequestParam(required = false) String forwarderId,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String orderedOn,
            @RequestParam(required = false) String promisedOn,
            @RequestParam(required = false) String readyOn,
            @RequestParam(required = false) String shippedOn,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String note,
            @RequestParam(name = "sku", required = false) List<String> sku,
            @RequestParam(name = "units", required = false) List<String> units,
            @RequestParam(name = "unitCost", required = false) List<String> unitCost,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        SellerAccount account = account(accountId);
        RecordOrderForm form = new RecordOrderForm(
                supplierId,
                forwarderId,
                marketplace,
                orderedOn,
                promisedOn,
                readyOn,
                shippedOn,
                currency,
                note,
                sku,
                units,
                unitCost);
        try {
            dev.bosun.inventory.RecordedOrder order = form.order();
            if (order.marketplace() == null || !account.sellsIn(order.marketplace())) {
                throw new InventoryInputException(
                        "marketplace", "inventory.error.marketplace", "a marketplace of the account");
            }
            PurchaseOrder saved = partners.record(user(), accountId, order);
            flash.addFlashAttribute("saved", "inventory.order.recorded");
            return "redirect:/a/" + accountId + "/inventory/orders/" + saved.id();
        } catch (InventoryInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return recordPage(account, form, e, model);
        }
    }

    private String recordPage(SellerAccount account, RecordOrderForm form, InventoryInputException error, Model model) {
        model.addAttribute("area", "inventory");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("form", form);
        model.addAttribute("suppliers", partners.suppliers(account.id()));
        model.addAttribute("forwarders", partners.forwarders(account.id()));
        model.addAttribute("marketplaces", account.marketplaces());
        model.addAttribute("mayRecord", SupplyPartners.mayEdit(user()));
        model.addAttribute("formErrorKey", error == null ? null : error.messageKey());
        model.addAttribute("formErrorField", error == null ? null : error.field());
        return "inventory/record-order";
    }

    @PostMapping("/a/{accountId}/inventory/orders/{orderId}/receipts")
    String receive(
            @PathVariable long accountId,
            @PathVariable long orderId,
            @RequestParam(required = false) String sku,
            @RequestParam(required = false) String units,
            @RequestParam(required = false) String receivedOn,
            @RequestParam(required = false) String arrivedOn,
            RedirectAttributes flash) {
        account(accountId);
        try {
            plans.receive(
                    user(),
                    accountId,
                    orderId,
                    sku,
                    PartnerForms.whole("units", units, 0),
                    RecordOrderForm.day("receivedOn", receivedOn),
                    RecordOrderForm.day("arrivedOn", arrivedOn));
            flash.addFlashAttribute("saved", "inventory.order.receiptSaved");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InventoryInputException e) {
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/inventory/orders/" + orderId;
    }

    @GetMapping("/a/{accountId}/inventory/orders/{orderId}/export.xlsx")
    void export(@PathVariable long accountId, @PathVariable long orderId, HttpServletResponse response)
            throws IOException {
        account(accountId);
        PurchaseOrder order = found(accountId, orderId);
        Supplier supplier = partners.supplier(accountId, order.supplierId()).orElseThrow();
        Forwarder forwarder = order.forwarderId() == null
                ? null
                : partners.forwarder(accountId, order.forwarderId()).orElse(null);
        response.setContentType(InventoryController.XLSX);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename("PO-" + order.id() + "-" + supplier.name() + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        new PurchaseOrderWorkbook(messages, LocaleContextHolder.getLocale())
                .write(order, supplier, forwarder, response.getOutputStream());
    }

    private Map<Long, String> supplierNames(long accountId) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Supplier s : partners.suppliers(accountId)) {
            names.put(s.id(), s.name());
        }
        return names;
    }

    private PurchaseOrder found(long accountId, long orderId) {
        return plans.order(accountId, orderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private SellerAccount account(long accountId) {
        return directory.find(user(), accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CurrentUser user() {
        return Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static List<PurchaseOrderStatus> nextSteps(PurchaseOrderStatus status) {
        return switch (status) {
            case APPROVED -> List.of(PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.CANCELLED);
            case ORDERED -> List.of(PurchaseOrderStatus.IN_TRANSIT, PurchaseOrderStatus.CANCELLED);
            case IN_TRANSIT -> List.of(PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CANCELLED);
            case DRAFT -> List.of(PurchaseOrderStatus.CANCELLED);
            default -> List.of();
        };
    }
}
