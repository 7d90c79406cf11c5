package dev.bosun.simulator;

import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * An incidents file (YAML, or JSON, which YAML reads too) read and checked: every entry's type, day, marketplace,
 * subject, magnitude and duration, with the line of each entry kept so that later problems (an unknown SKU) can
 * point at it. See docs/simulator.md for the format.
 *
 * <pre>
 * incidents:
 *   - type: traffic-loss
 *     daysBeforeEnd: 6
 *     marketplace: US
 *     sku: NOR-KS-01-3PIE
 *     magnitude: 0.5
 * </pre>
 *
 * @param name the file as named in messages
 * @param incidents the incidents, in the file's order
 * @param lines the line (from 1) of each incident's entry
 */
public record IncidentFile(String name, List<Incident> incidents, List<Integer> lines) {

    private static final Set<String> KEYS = Set.of(
            "id",
            "type",
            "marketplace",
            "day",
            "daysBeforeEnd",
            "days",
            "magnitude",
            "sku",
            "asin",
            "campaign",
            "term",
            "reason",
            "certificate");

    private static final List<String> KEY_ORDER = List.of(
            "id",
            "type",
            "marketplace",
            "day",
            "daysBeforeEnd",
            "days",
            "magnitude",
            "sku",
            "asin",
            "campaign",
            "term",
            "reason",
            "certificate");

    public IncidentFile {
        incidents = List.copyOf(incidents);
        lines = List.copyOf(lines);
    }

    /**
     * Reads an incidents file.
     *
     * @throws IncidentFileException when it is missing, unreadable or not as documented, naming the line
     */
    public static IncidentFile read(Path path) {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IncidentFileException(name, 0, "", "no such file");
        } catch (IOException e) {
            throw new IncidentFileException(name, 0, "", "cannot be read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IncidentFileException(name, 0, "", "is not UTF-8 text");
        }
        return parse(name, text);
    }

    /** Reads incidents from YAML or JSON text; {@code name} names it in messages. */
    public static IncidentFile parse(String name, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new IncidentFileException(name, line, "", "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new IncidentFileException(name, 0, "", "not valid YAML: " + firstLine(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new IncidentFileException(name, 0, "", "cannot be read");
        }
        if (root == null) {
            throw new IncidentFileException(
                    name, 0, "", "is empty; expected 'incidents:' with a list of incidents (see docs/simulator.md)");
        }
        return new Reader(name).file(root);
    }

    /** Where an incident came from, e.g. {@code plan.yaml, line 12}, for messages about it. */
    public String where(int index) {
        return name + ", line " + lines.get(index);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Reads the node tree of one file. */
    private static final class Reader {
        private final String name;

        Reader(String name) {
            this.name = name;
        }

        private IncidentFileException problem(Node node, String where, String text) {
            return new IncidentFileException(name, node.getStartMark().getLine() + 1, where, text);
        }

        IncidentFile file(Node root) {
            SequenceNode list;
            if (root instanceof SequenceNode sequence) {
                list = sequence;
            } else if (root instanceof MappingNode mapping) {
                Map<String, NodeTuple> entries = entries(mapping, "");
                for (String key : entries.keySet()) {
                    if (!key.equals("incidents")) {
                        throw problem(entries.get(key).getKeyNode(), key, "unknown entry; expected only 'incidents'");
                    }
                }
                NodeTuple incidents = entries.get("incidents");
                if (incidents == null) {
                    throw problem(root, "", "expected 'incidents:' with a list of incidents");
                }
                if (!(incidents.getValueNode() instanceof SequenceNode sequence)) {
                    throw problem(incidents.getValueNode(), "incidents", "expected a list of incidents ('- type: …')");
                }
                list = sequence;
            } else {
                throw problem(root, "", "expected 'incidents:' with a list of incidents, not a single value");
            }
            List<Incident> incidents = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < list.getValue().size(); i++) {
                Node entry = list.getValue().get(i);
                incidents.add(incident(entry, "incidents[" + (i + 1) + "]"));
                lines.add(entry.getStartMark().getLine() + 1);
            }
            return new IncidentFile(name, incidents, lines);
        }

        private Map<String, NodeTuple> entries(MappingNode mapping, String where) {
            Map<String, NodeTuple> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw problem(tuple.getKeyNode(), where, "expected a plain name as the key");
                }
                if (entries.put(key.getValue(), tuple) != null) {
                    throw problem(key, where, "'" + key.getValue() + "' is given twice");
                }
            }
            return entries;
        }

        private Incident incident(Node node, String where) {
            if (!(node instanceof MappingNode mapping)) {
                throw problem(node, where, "expected an incident with 'type:', 'day:' or 'daysBeforeEnd:' and more");
            }
            Map<String, NodeTuple> entries = entries(mapping, where);
            Map<String, ScalarNode> values = new HashMap<>();
            for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
                String key = entry.getKey();
                if (!KEYS.contains(key)) {
                    throw problem(
                            entry.getValue().getKeyNode(),
                            where + "." + key,
                            "unknown entry; expected " + String.join(", ", KEY_ORDER));
                }
                Node value = entry.getValue().getValueNode();
                if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                    throw problem(value, where + "." + key, "expected a single value");
                }
                values.put(key, scalar);
            }
            ScalarNode typeNode = values.get("type");
            if (typeNode == null) {
                throw problem(node, where, "the entry 'type' is missing; one of " + typeNames());
            }
            IncidentType type = IncidentType.named(typeNode.getValue())
                    .orElseThrow(() -> problem(
                            typeNode,
                            where + ".type",
                            "unknown incident type '" + typeNode.getValue() + "'; expected one of " + typeNames()));
            IncidentDay start = start(node, values, where);
            Marketplace marketplace = null;
            if (values.containsKey("marketplace")) {
                ScalarNode m = values.get("marketplace");
                marketplace = Marketplace.find(m.getValue().strip())
                        .orElseThrow(() ->
                                problem(m, where + ".marketplace", "unknown marketplace code '" + m.getValue() + "'"));
            }
            Incident incident = Incident.of(type, marketplace, start);
            if (values.containsKey("id")) {
                incident = incident.withId(values.get("id").getValue().strip());
            }
            if (values.containsKey("days")) {
                int days = whole(values.get("days"), where + ".days");
                if (days < 1) {
                    throw problem(values.get("days"), where + ".days", "expected 1 or more days, not " + days);
                }
                incident = incident.withDays(days);
            }
            if (values.containsKey("magnitude")) {
                ScalarNode m = values.get("magnitude");
                incident = incident.withMagnitude(magnitude(m, type, where + ".magnitude"));
            }
            if (values.containsKey("sku") && values.containsKey("asin")) {
                throw problem(values.get("asin"), where + ".asin", "give either 'sku' or 'asin', not both");
            }
            for (String key : List.of("sku", "asin")) {
                if (values.containsKey(key)) {
                    if (type.subject() == IncidentType.Subject.CAMPAIGN
                            || type.subject() == IncidentType.Subject.SEARCH_TERM) {
                        throw problem(
                                values.get(key),
                                where + "." + key,
                                "'" + type.fileName() + "' is about a campaign; give 'campaign' instead");
                    }
                    incident = incident.withSku(values.get(key).getValue().strip());
                }
            }
            if (values.containsKey("campaign")) {
                if (type.subject() != IncidentType.Subject.CAMPAIGN
                        && type.subject() != IncidentType.Subject.SEARCH_TERM) {
                    throw problem(
                            values.get("campaign"),
                            where + ".campaign",
                            "'" + type.fileName() + "' is not about a campaign");
                }
                incident =
                        incident.withCampaign(values.get("campaign").getValue().strip());
            }
            if (values.containsKey("term")) {
                if (type.subject() != IncidentType.Subject.SEARCH_TERM) {
                    throw problem(
                            values.get("term"),
                            where + ".term",
                            "'" + type.fileName() + "' is not about a search term");
                }
                incident = incident.withTerm(values.get("term").getValue().strip());
            }
            incident = detail(incident, values, "reason", IncidentType.RETURN_SPIKE, where);
            incident = detail(incident, values, "certificate", IncidentType.CERTIFICATE_EXPIRING, where);
            return incident;
        }

        private Incident detail(
                Incident incident, Map<String, ScalarNode> values, String key, IncidentType owner, String where) {
            ScalarNode node = values.get(key);
            if (node == null) {
                return incident;
            }
            if (incident.type() != owner) {
                throw problem(node, where + "." + key, "only '" + owner.fileName() + "' takes '" + key + "'");
            }
            return incident.withDetail(node.getValue().strip());
        }

        private IncidentDay start(Node node, Map<String, ScalarNode> values, String where) {
            ScalarNode day = values.get("day");
            ScalarNode before = values.get("daysBeforeEnd");
            if (day != null && before != null) {
                throw problem(before, where + ".daysBeforeEnd", "give either 'day' or 'daysBeforeEnd', not both");
            }
            if (day != null) {
                try {
                    return IncidentDay.on(LocalDate.parse(day.getValue().strip()));
                } catch (DateTimeException e) {
                    throw problem(day, where + ".day", "expected a date YYYY-MM-DD, not '" + day.getValue() + "'");
                }
            }
            if (before != null) {
                int days = whole(before, where + ".daysBeforeEnd");
                if (days < 0) {
                    throw problem(before, where + ".daysBeforeEnd", "expected 0 (the last day) or more, not " + days);
                }
                return IncidentDay.daysBeforeEnd(days);
            }
            throw problem(
                    node, where, "give the first day: 'day: YYYY-MM-DD' or 'daysBeforeEnd: N' (0 = the last day)");
        }

        private int whole(ScalarNode node, String where) {
            try {
                return Integer.parseInt(node.getValue().strip());
            } catch (NumberFormatException e) {
                throw problem(node, where, "expected a whole number, not '" + node.getValue() + "'");
            }
        }

        private double magnitude(ScalarNode node, IncidentType type, String where) {
            double value;
            try {
                value = Double.parseDouble(node.getValue().strip());
            } catch (NumberFormatException e) {
                throw problem(
                        node,
                        where,
                        "expected a number (" + type.magnitudeMeaning() + "), not '" + node.getValue() + "'");
            }
            if (type.minimumMagnitude() == type.maximumMagnitude()) {
                throw problem(node, where, "'" + type.fileName() + "' takes no magnitude");
            }
            if (!(value >= type.minimumMagnitude() && value <= type.maximumMagnitude())) {
                throw problem(
                        node,
                        where,
                        "expected " + type.magnitudeMeaning() + " from "
                                + plain(type.minimumMagnitude()) + " to " + plain(type.maximumMagnitude()) + ", not "
                                + node.getValue().strip());
            }
            return value;
        }

        private static String plain(double value) {
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        private static String typeNames() {
            return String.join(
                    ", ",
                    java.util.Arrays.stream(IncidentType.values())
                            .map(IncidentType::fileName)
                            .toList());
        }
    }
}
