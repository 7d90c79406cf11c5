package dev.bosun.simulator.domain;

import java.util.List;

/**
 * The words of the simulated buyers and team: review titles and texts by star rating, feedback comments, buyer
 * messages and return comments, in English and Chinese (some buyers write Chinese), and people's names.
 */
final class Texts {

    private Texts() {}

    /** Review title and text pairs by stars (index 0 = one star), English. */
    static final List<List<String[]>> REVIEWS_EN = List.of(
            List.of(
                    new String[] {
                        "Broke after a week", "Stopped working after a few days. Very disappointed, returning it."
                    },
                    new String[] {"Not as pictured", "The colour and size are nothing like the photos. Cheap material."
                    },
                    new String[] {"Waste of money", "Arrived scratched and one part was missing."}),
            List.of(
                    new String[] {"Below expectations", "Does the job but feels flimsy. Would not buy again."},
                    new String[] {"Smaller than expected", "Check the dimensions before ordering, it is tiny."}),
            List.of(
                    new String[] {"It is okay", "Average quality for the price. Packaging could be better."},
                    new String[] {"Fine, nothing special", "Works as described, but the finish is a bit rough."}),
            List.of(
                    new String[] {"Good value", "Solid build and arrived quickly. Lost one star for the instructions."},
                    new String[] {"Happy with it", "Does what it should. I use it every day."},
                    new String[] {"Nice quality", "Better than the cheaper one I had before."}),
            List.of(
                    new String[] {"Love it!", "Exactly what I needed. Great quality and fast delivery."},
                    new String[] {"Perfect", "Bought a second one as a gift. Highly recommend."},
                    new String[] {"Five stars", "Well made, looks great and easy to use."},
                    new String[] {"Excellent", "Works perfectly, great value for money."}));

    /** The same, Chinese. */
    static final List<List<String[]>> REVIEWS_ZH = List.of(
            List.<String[]>of(new String[] {"一周就坏了", "用了几天就不能用了，很失望，已申请退货。"}),
            List.<String[]>of(new String[] {"不太满意", "能用，但做工比较粗糙，不会回购。"}),
            List.<String[]>of(new String[] {"一般", "这个价格质量还行，包装可以改进。"}),
            List.<String[]>of(new String[] {"性价比不错", "做工扎实，到货很快，说明书不太清楚。"}),
            List.<String[]>of(new String[] {"非常喜欢", "正是我需要的，质量很好，物流很快，推荐！"}));

    static final List<List<String>> FEEDBACK_EN = List.of(
            List.of("Item never arrived and no answer from the seller.", "Wrong item sent."),
            List.of("Late delivery, packaging damaged.", "Took two weeks to arrive."),
            List.of("Okay, delivery was slow."),
            List.of("Good seller, arrived as described.", "Fine transaction."),
            List.of(
                    "Arrived two days early, well packed.",
                    "Great seller, fast shipping!",
                    "Exactly as described, thank you."));

    static final List<List<String>> FEEDBACK_ZH = List.of(
            List.of("一直没收到货，卖家也不回复。"),
            List.of("发货太慢，包装破损。"),
            List.of("还可以，就是物流慢。"),
            List.of("卖家不错，和描述一致。"),
            List.of("提前到货，包装很好，好评！"));

    /** Subject and text of buyer messages, English. */
    static final List<String[]> MESSAGES_EN = List.of(
            new String[] {"Where is my order?", "Hi, my order has not arrived yet. Can you check where it is?"},
            new String[] {"Question about the product", "Hello, is this compatible with the model I have? Thanks."},
            new String[] {"Return request", "The item does not fit my needs. How can I return it?"},
            new String[] {"Missing part", "One piece is missing from the package. Can you send it?"},
            new String[] {"Invoice", "Could you please send me an invoice for this order?"});

    static final List<String[]> MESSAGES_ZH = List.of(
            new String[] {"订单什么时候到？", "你好，我的订单还没有收到，能帮忙查一下吗？"},
            new String[] {"产品咨询", "请问这个和我现在用的型号兼容吗？谢谢。"},
            new String[] {"退货", "商品不合适，请问怎么退货？"});

    static final List<String> RETURN_COMMENTS = List.of(
            "",
            "",
            "",
            "Not what I expected",
            "Stopped working",
            "Ordered by mistake",
            "Found it cheaper elsewhere",
            "Arrived damaged",
            "Too small");

    static final List<String> BUYERS_EN = List.of(
            "Jordan P.",
            "Emily R.",
            "Michael T.",
            "Sarah K.",
            "David L.",
            "Jessica M.",
            "Chris B.",
            "Ashley W.",
            "Daniel H.",
            "Megan S.",
            "Kevin O.",
            "Laura N.");

    static final List<String> BUYERS_DE = List.of(
            "Anna Schmidt",
            "Lukas Müller",
            "Sophie Weber",
            "Jonas Becker",
            "Lena Fischer",
            "Felix Wagner",
            "Marie Hoffmann",
            "Paul Schäfer");

    static final List<String> BUYERS_JP = List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村");

    static final List<String> BUYERS_ZH = List.of("王芳", "李伟", "张敏", "刘洋", "陈静");

    static final List<String> TEAM = List.of("李雷", "韩梅梅", "王强", "Anna", "Tom");

    static List<String> buyers(int language) {
        return switch (language) {
            case 1 -> BUYERS_DE;
            case 2 -> BUYERS_JP;
            default -> BUYERS_EN;
        };
    }
}
