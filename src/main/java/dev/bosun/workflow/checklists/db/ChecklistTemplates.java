package dev.bosun.workflow.checklists.db;

import static dev.bosun.jooq.Tables.ORGANISATIONS;
import static dev.bosun.jooq.Tables.WORKFLOW_CHECKLIST_TEMPLATES;
import static dev.bosun.jooq.Tables.WORKFLOW_CHECKLIST_TEMPLATE_LINES;

import dev.bosun.workflow.ChecklistSlot;
import dev.bosun.workflow.ChecklistTemplate;
import dev.bosun.workflow.ReviewArea;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Organisations' checklist templates and their lines. */
@Repository
public class ChecklistTemplates {

    private final DSLContext db;

    ChecklistTemplates(DSLContext db) {
        this.db = db;
    }

    /** Locks the organisation until the transaction ends, so two first visitors do not both seed its templates. */
    public void lockOrganisation(long organisationId) {
        db.select(ORGANISATIONS.ID)
                .from(ORGANISATIONS)
                .where(ORGANISATIONS.ID.eq(organisationId))
                .forUpdate()
                .fetch();
    }

    public boolean any(long organisationId) {
        return db.fetchExists(
                WORKFLOW_CHECKLIST_TEMPLATES, WORKFLOW_CHECKLIST_TEMPLATES.ORGANISATION_ID.eq(organisationId));
    }

    /** The organisation's templates in order, with their lines. */
    public List<ChecklistTemplate> of(long organisationId) {
        var templates = db.selectFrom(WORKFLOW_CHECKLIST_TEMPLATES)
                .where(WORKFLOW_CHECKLIST_TEMPLATES.ORGANISATION_ID.eq(organisationId))
                .orderBy(WORKFLOW_CHECKLIST_TEMPLATES.POSITION, WORKFLOW_CHECKLIST_TEMPLATES.ID)
                .fetch();
        if (templates.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ChecklistTemplate.Line>> lines = db
                .selectFrom(WORKFLOW_CHECKLIST_TEMPLATE_LINES)
                .where(WORKFLOW_CHECKLIST_TEMPLATE_LINES.TEMPLATE_ID.in(templates.map(t -> t.getId())))
                .orderBy(WORKFLOW_CHECKLIST_TEMPLATE_LINES.TEMPLATE_ID, WORKFLOW_CHECKLIST_TEMPLATE_LINES.POSITION)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getTemplateId(),
                        Collectors.mapping(
                                r -> new ChecklistTemplate.Line(r.getText(), r.getTextKey()), Collectors.toList())));
        return templates.map(t -> new ChecklistTemplate(
                t.getId(),
                ChecklistSlot.valueOf(t.getSlot()),
                t.getName(),
                t.getNameKey(),
                t.getPosition(),
                areas(t.getReviewAreas()),
                t.getActive(),
                lines.getOrDefault(t.getId(), List.of()),
                t.getUpdatedBy(),
                t.getUpdatedAt().toInstant()));
    }

    public Optional<ChecklistTemplate> find(long organisationId, long templateId) {
        return of(organisationId).stream().filter(t -> t.id() == templateId).findFirst();
    }

    public long insert(
            long organisationId,
            ChecklistSlot slot,
            String name,
            String nameKey,
            int position,
            List<ReviewArea> areas,
            boolean active,
            String by,
            Instant at) {
        return db.insertInto(WORKFLOW_CHECKLIST_TEMPLATES)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.ORGANISATION_ID, organisationId)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.SLOT, slot.name())
                .set(WORKFLOW_CHECKLIST_TEMPLATES.NAME, name)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.NAME_KEY, nameKey)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.POSITION, position)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.REVIEW_AREAS, codes(areas))
                .set(WORKFLOW_CHECKLIST_TEMPLATES.ACTIVE, active)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.UPDATED_BY, by)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .returning(WORKFLOW_CHECKLIST_TEMPLATES.ID)
                .fetchOne(WORKFLOW_CHECKLIST_TEMPLATES.ID);
    }

    public void update(
            long templateId,
            ChecklistSlot slot,
            String name,
            String nameKey,
            List<ReviewArea> areas,
            boolean active,
            String by,
            Instant at) {
        db.update(WORKFLOW_CHECKLIST_TEMPLATES)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.SLOT, slot.name())
                .set(WORKFLOW_CHECKLIST_TEMPLATES.NAME, name)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.NAME_KEY, nameKey)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.REVIEW_AREAS, codes(areas))
                .set(WORKFLOW_CHECKLIST_TEMPLATES.ACTIVE, active)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.UPDATED_BY, by)
                .set(WORKFLOW_CHECKLIST_TEMPLATES.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .where(WORKFLOW_CHECKLIST_TEMPLATES.ID.eq(templateId))
                .execute();
    }

    public void replaceLines(long templateId, List<ChecklistTemplate.Line> lines) {
        db.deleteFrom(WORKFLOW_CHECKLIST_TEMPLATE_LINES)
                .where(WORKFLOW_CHECKLIST_TEMPLATE_LINES.TEMPLATE_ID.eq(templateId))
                .execute();
        List<org.jooq.Query> inserts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            inserts.add(db.insertInto(WORKFLOW_CHECKLIST_TEMPLATE_LINES)
                    .set(WORKFLOW_CHECKLIST_TEMPLATE_LINES.TEMPLATE_ID, templateId)
                    .set(WORKFLOW_CHECKLIST_TEMPLATE_LINES.POSITION, i + 1)
                    .set(WORKFLOW_CHECKLIST_TEMPLATE_LINES.TEXT, lines.get(i).text())
                    .set(
                            WORKFLOW_CHECKLIST_TEMPLATE_LINES.TEXT_KEY,
                            lines.get(i).textKey()));
        }
        if (!inserts.isEmpty()) {
            db.batch(inserts).execute();
        }
    }

    public int nextPosition(long organisationId) {
        Integer max = db.select(org.jooq.impl.DSL.max(WORKFLOW_CHECKLIST_TEMPLATES.POSITION))
                .from(WORKFLOW_CHECKLIST_TEMPLATES)
                .where(WORKFLOW_CHECKLIST_TEMPLATES.ORGANISATION_ID.eq(organisationId))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    static String codes(List<ReviewArea> areas) {
        return areas.stream().map(ReviewArea::name).collect(Collectors.joining(","));
    }

    static List<ReviewArea> areas(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(ReviewArea::valueOf).toList();
    }
}
