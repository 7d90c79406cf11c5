package dev.bosun.workflow.notify;

import dev.bosun.workflow.notify.domain.ChatPlatform;
import dev.bosun.workflow.notify.domain.ChatReply;
import dev.bosun.workflow.notify.domain.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts a message body to a chat webhook, signing it where the platform asks for it: DingTalk in the URL
 * ({@code &timestamp=…&sign=…}), Feishu in the body ({@code "timestamp"}, {@code "sign"}). The signature is made
 * at each try, as both platforms refuse timestamps older than an hour.
 */
@Component
class WebhookPoster {

    /** What came back: the HTTP status (0 when there was no answer), the body, and what it means. */
    record Answer(int status, String body, ChatReply reply) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Clock clock;

    WebhookPoster(Clock clock) {
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer post(ChatPlatform platform, String url, String secret, String json) {
        URI uri;
        String body = json;
        try {
            String target = url.strip();
            boolean signed = secret != null && !secret.isBlank();
            if (signed && platform == ChatPlatform.DINGTALK) {
                long millis = clock.millis();
                target = target + (target.contains("?") ? "&" : "?") + "timestamp=" + millis + "&sign="
                        + WebhookSignature.dingTalk(secret.strip(), millis);
            } else if (signed && platform == ChatPlatform.FEISHU) {
                long seconds = clock.instant().getEpochSecond();
                ObjectNode node = (ObjectNode) JSON.readTree(json);
                ObjectNode withSign = JSON.createObjectNode();
                withSign.put("timestamp", Long.toString(seconds));
                withSign.put("sign", WebhookSignature.feishu(secret.strip(), seconds));
                withSign.setAll(node);
                body = JSON.writeValueAsString(withSign);
            }
            uri = URI.create(target);
        } catch (IllegalArgumentException e) {
            return new Answer(0, null, ChatReply.refused("the webhook URL is not valid"));
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    platform.format().reply(response.statusCode(), response.body()));
        } catch (IOException e) {
            return new Answer(
                    0, null, ChatReply.retry("no answer: " + e.getClass().getSimpleName() + " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, ChatReply.retry("interrupted"));
        }
    }
}
