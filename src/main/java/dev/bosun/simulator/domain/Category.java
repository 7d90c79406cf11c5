package dev.bosun.simulator.domain;

import java.util.List;

/**
 * The five categories a simulated store sells in, with their shoppers' habits: how readily they buy, how much price
 * matters, how often they return and why, and in which months they shop most.
 */
public enum Category {
    HOME_KITCHEN(
            List.of("HOME_KITCHEN"),
            List.of("Home & Kitchen", "Küche, Haushalt & Wohnen", "ホーム&キッチン"),
            0.115,
            1.8,
            0.040,
            new double[] {0.85, 0.85, 0.9, 0.95, 1.0, 0.95, 0.95, 0.95, 1.0, 1.05, 1.25, 1.4},
            List.of(
                    ProductType.of(
                            "cutting-board",
                            "Bamboo Cutting Board Set",
                            "Bambus-Schneidebrett-Set",
                            "竹製まな板セット",
                            26.99,
                            45,
                            30,
                            4,
                            1650,
                            List.of("3-Piece", "2-Piece"),
                            List.of(
                                    "bamboo cutting board",
                                    "cutting board set",
                                    "wooden chopping board",
                                    "kitchen cutting boards",
                                    "large cutting board with juice groove"),
                            List.of(
                                    "schneidebrett bambus",
                                    "schneidebrett set",
                                    "holz schneidebrett",
                                    "küchenbrett groß",
                                    "schneidebrett mit saftrille"),
                            List.of("まな板 竹", "まな板 セット", "木製 まな板", "カッティングボード", "まな板 大きい")),
                    ProductType.of(
                            "baking-mat",
                            "Silicone Baking Mat",
                            "Silikon-Backmatte",
                            "シリコン製ベーキングマット",
                            14.99,
                            42,
                            30,
                            2,
                            320,
                            List.of("2-Pack", "3-Pack"),
                            List.of(
                                    "silicone baking mat",
                                    "baking mat",
                                    "non stick baking sheet liner",
                                    "macaron baking mat",
                                    "reusable baking paper"),
                            List.of(
                                    "backmatte silikon",
                                    "dauerbackfolie",
                                    "backunterlage",
                                    "silikonmatte backen",
                                    "wiederverwendbares backpapier"),
                            List.of("シリコンマット 製菓", "ベーキングマット", "オーブンシート 繰り返し", "クッキングシート シリコン", "マカロン マット")),
                    ProductType.of(
                            "food-containers",
                            "Glass Food Storage Containers",
                            "Glas-Frischhaltedosen",
                            "ガラス保存容器",
                            34.99,
                            32,
                            24,
                            16,
                            2700,
                            List.of("10-Piece", "5-Piece"),
                            List.of(
                                    "glass food storage containers",
                                    "meal prep containers glass",
                                    "glass containers with lids",
                                    "food storage set",
                                    "airtight containers"),
                            List.of(
                                    "frischhaltedosen glas",
                                    "glasbehälter mit deckel",
                                    "meal prep boxen",
                                    "vorratsdosen set",
                                    "luftdichte behälter"),
                            List.of("保存容器 ガラス", "耐熱ガラス 容器", "作り置き 容器", "密閉容器 セット", "ガラス タッパー")),
                    ProductType.of(
                            "knife-strip",
                            "Magnetic Knife Strip",
                            "Magnetleiste für Messer",
                            "マグネットナイフホルダー",
                            21.99,
                            46,
                            6,
                            3,
                            520,
                            List.of("16 Inch", "12 Inch"),
                            List.of(
                                    "magnetic knife strip",
                                    "knife holder magnetic",
                                    "wall knife rack",
                                    "magnetic knife bar",
                                    "knife magnet"),
                            List.of(
                                    "magnetleiste messer",
                                    "messerhalter magnetisch",
                                    "messerleiste wand",
                                    "magnet messerleiste edelstahl",
                                    "messer magnet"),
                            List.of("マグネット 包丁ホルダー", "包丁 収納 マグネット", "ナイフラック 壁", "包丁スタンド", "マグネットバー キッチン")))),
    ELECTRONICS_ACCESSORIES(
            List.of("ELECTRONICS_ACCESSORIES", "EVERYTHING_ELSE"),
            List.of("Electronics Accessories", "Elektronik-Zubehör", "家電アクセサリ"),
            0.125,
            2.3,
            0.060,
            new double[] {0.95, 0.85, 0.9, 0.9, 0.9, 0.9, 0.95, 1.0, 1.05, 1.0, 1.35, 1.45},
            List.of(
                    ProductType.of(
                            "usb-c-cable",
                            "USB-C Charging Cable",
                            "USB-C Ladekabel",
                            "USB-C 充電ケーブル",
                            11.99,
                            16,
                            10,
                            2,
                            90,
                            List.of("2m", "1m"),
                            List.of(
                                    "usb c cable",
                                    "usb c charger cable",
                                    "fast charging cable",
                                    "braided usb c cable",
                                    "type c cable"),
                            List.of(
                                    "usb c kabel",
                                    "ladekabel usb c",
                                    "schnellladekabel",
                                    "usb c kabel geflochten",
                                    "typ c kabel"),
                            List.of("usb-c ケーブル", "タイプc ケーブル", "急速充電 ケーブル", "充電ケーブル 2m", "usb c 充電器 ケーブル")),
                    ProductType.of(
                            "phone-case",
                            "Magnetic Phone Case",
                            "Magnetische Handyhülle",
                            "マグネット式スマホケース",
                            16.99,
                            18,
                            10,
                            2,
                            70,
                            List.of("Black", "Clear", "Navy"),
                            List.of(
                                    "magnetic phone case",
                                    "clear phone case",
                                    "shockproof phone case",
                                    "phone case with magsafe",
                                    "slim phone case"),
                            List.of(
                                    "handyhülle magnetisch",
                                    "handyhülle transparent",
                                    "stoßfeste hülle",
                                    "magsafe hülle",
                                    "dünne handyhülle"),
                            List.of("スマホケース マグネット", "クリアケース", "耐衝撃 ケース", "magsafe ケース", "薄型 ケース")),
                    ProductType.of(
                            "charging-pad",
                            "Wireless Charging Pad",
                            "Kabelloses Ladepad",
                            "ワイヤレス充電器",
                            23.99,
                            13,
                            13,
                            3,
                            160,
                            List.of("15W", "10W"),
                            List.of(
                                    "wireless charger",
                                    "wireless charging pad",
                                    "qi charger",
                                    "fast wireless charger",
                                    "charging pad for iphone"),
                            List.of(
                                    "kabelloses ladegerät",
                                    "induktive ladestation",
                                    "qi ladegerät",
                                    "wireless charger schnell",
                                    "ladepad"),
                            List.of("ワイヤレス充電器", "置くだけ充電", "qi 充電器", "急速 ワイヤレス充電", "充電パッド")),
                    ProductType.of(
                            "laptop-stand",
                            "Aluminium Laptop Stand",
                            "Laptop-Ständer aus Aluminium",
                            "アルミ製ノートパソコンスタンド",
                            36.99,
                            30,
                            25,
                            6,
                            1150,
                            List.of("Silver", "Space Grey"),
                            List.of(
                                    "laptop stand",
                                    "laptop stand for desk",
                                    "adjustable laptop stand",
                                    "aluminum laptop riser",
                                    "macbook stand"),
                            List.of(
                                    "laptop ständer",
                                    "laptop halterung schreibtisch",
                                    "laptopständer höhenverstellbar",
                                    "notebook ständer alu",
                                    "macbook ständer"),
                            List.of("ノートパソコン スタンド", "pcスタンド", "ラップトップスタンド 高さ調整", "アルミ スタンド", "macbook スタンド")))),
    PET_SUPPLIES(
            List.of("PET_SUPPLIES", "EVERYTHING_ELSE", "HOME_KITCHEN"),
            List.of("Pet Supplies", "Haustierbedarf", "ペット用品"),
            0.135,
            1.6,
            0.030,
            new double[] {1.0, 0.95, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.15},
            List.of(
                    ProductType.of(
                            "poop-bags",
                            "Dog Poop Bags",
                            "Hundekotbeutel",
                            "犬用うんち袋",
                            12.99,
                            20,
                            15,
                            8,
                            640,
                            List.of("360 Count", "240 Count"),
                            List.of(
                                    "dog poop bags",
                                    "poop bags",
                                    "dog waste bags",
                                    "biodegradable poop bags",
                                    "scented dog bags"),
                            List.of(
                                    "hundekotbeutel",
                                    "kotbeutel hund",
                                    "hundebeutel biologisch abbaubar",
                                    "gassibeutel",
                                    "hundekotbeutel mit spender"),
                            List.of("うんち袋 犬", "マナー袋", "犬 散歩 袋", "うんち袋 生分解", "ペット エチケット袋")),
                    ProductType.of(
                            "slow-feeder",
                            "Slow Feeder Dog Bowl",
                            "Anti-Schling-Napf",
                            "早食い防止 犬用食器",
                            16.99,
                            25,
                            25,
                            7,
                            420,
                            List.of("Large", "Medium"),
                            List.of(
                                    "slow feeder dog bowl",
                                    "dog bowl slow eating",
                                    "puzzle feeder",
                                    "dog food bowl",
                                    "slow feeder for large dogs"),
                            List.of(
                                    "anti schling napf",
                                    "hundenapf langsam fressen",
                                    "schlingnapf",
                                    "futternapf hund",
                                    "anti schling napf groß"),
                            List.of("早食い防止 食器", "犬 食器", "フードボウル 犬", "早食い防止 皿", "犬 ボウル 大型犬")),
                    ProductType.of(
                            "grooming-brush",
                            "Self-Cleaning Grooming Brush",
                            "Selbstreinigende Fellbürste",
                            "ワンタッチ ペット用ブラシ",
                            14.99,
                            20,
                            11,
                            6,
                            170,
                            List.of("Blue", "Grey"),
                            List.of(
                                    "dog brush",
                                    "cat brush",
                                    "slicker brush",
                                    "self cleaning slicker brush",
                                    "deshedding brush"),
                            List.of(
                                    "hundebürste",
                                    "katzenbürste",
                                    "zupfbürste",
                                    "fellbürste selbstreinigend",
                                    "unterwolle bürste"),
                            List.of("犬 ブラシ", "猫 ブラシ", "スリッカーブラシ", "抜け毛 ブラシ", "ペット ブラシ")),
                    ProductType.of(
                            "dog-leash",
                            "Reflective Dog Leash",
                            "Reflektierende Hundeleine",
                            "反射 犬用リード",
                            18.99,
                            20,
                            16,
                            5,
                            310,
                            List.of("Black", "Orange", "Blue"),
                            List.of(
                                    "dog leash",
                                    "reflective dog leash",
                                    "leash for large dogs",
                                    "rope dog leash",
                                    "heavy duty dog leash"),
                            List.of(
                                    "hundeleine",
                                    "hundeleine reflektierend",
                                    "leine große hunde",
                                    "tauleine hund",
                                    "robuste hundeleine"),
                            List.of("犬 リード", "リード 反射", "大型犬 リード", "ロープ リード", "丈夫 リード")))),
    SPORTS_OUTDOORS(
            List.of("SPORTS_OUTDOORS"),
            List.of("Sports & Outdoors", "Sport & Freizeit", "スポーツ&アウトドア"),
            0.110,
            1.9,
            0.050,
            new double[] {1.3, 1.05, 1.0, 1.0, 1.05, 1.1, 1.1, 1.0, 0.95, 0.9, 1.0, 1.05},
            List.of(
                    ProductType.of(
                            "resistance-bands",
                            "Resistance Bands Set",
                            "Widerstandsbänder-Set",
                            "トレーニングチューブ セット",
                            21.99,
                            20,
                            15,
                            6,
                            520,
                            List.of("5 Levels", "3 Levels"),
                            List.of(
                                    "resistance bands",
                                    "resistance bands set",
                                    "exercise bands",
                                    "workout bands",
                                    "fitness bands for women"),
                            List.of(
                                    "fitnessbänder",
                                    "widerstandsbänder set",
                                    "gymnastikband",
                                    "trainingsbänder",
                                    "resistance bands"),
                            List.of("トレーニングチューブ", "エクササイズバンド", "ゴムバンド 筋トレ", "フィットネスバンド", "チューブ トレーニング セット")),
                    ProductType.of(
                            "yoga-mat",
                            "Non-Slip Yoga Mat",
                            "Rutschfeste Yogamatte",
                            "滑り止め ヨガマット",
                            29.99,
                            62,
                            15,
                            15,
                            1250,
                            List.of("Purple", "Black", "Green"),
                            List.of(
                                    "yoga mat",
                                    "non slip yoga mat",
                                    "thick yoga mat",
                                    "exercise mat",
                                    "yoga mat for women"),
                            List.of(
                                    "yogamatte",
                                    "yogamatte rutschfest",
                                    "gymnastikmatte",
                                    "fitnessmatte dick",
                                    "sportmatte"),
                            List.of("ヨガマット", "ヨガマット 滑り止め", "トレーニングマット", "ヨガマット 厚手", "エクササイズマット")),
                    ProductType.of(
                            "jump-rope",
                            "Speed Jump Rope",
                            "Speed-Springseil",
                            "スピード縄跳び",
                            10.99,
                            20,
                            15,
                            5,
                            210,
                            List.of("Black", "Red"),
                            List.of(
                                    "jump rope",
                                    "speed jump rope",
                                    "skipping rope",
                                    "jump rope for fitness",
                                    "weighted jump rope"),
                            List.of(
                                    "springseil",
                                    "speed rope",
                                    "springseil fitness",
                                    "seilspringen",
                                    "springseil erwachsene"),
                            List.of("縄跳び", "トレーニング 縄跳び", "なわとび 大人", "スピードロープ", "縄跳び ダイエット")),
                    ProductType.of(
                            "headlamp",
                            "Rechargeable Headlamp",
                            "Wiederaufladbare Stirnlampe",
                            "充電式ヘッドライト",
                            18.99,
                            12,
                            9,
                            6,
                            130,
                            List.of("2-Pack", "1-Pack"),
                            List.of(
                                    "headlamp",
                                    "rechargeable headlamp",
                                    "led head lamp",
                                    "headlamp for running",
                                    "camping headlight"),
                            List.of(
                                    "stirnlampe",
                                    "stirnlampe led wiederaufladbar",
                                    "kopflampe",
                                    "stirnlampe joggen",
                                    "stirnlampe camping"),
                            List.of("ヘッドライト", "ヘッドライト 充電式", "led ヘッドランプ", "ヘッドライト 登山", "ランニング ライト")))),
    BEAUTY(
            List.of("BEAUTY_HEALTH_PERSONAL_CARE"),
            List.of("Beauty & Personal Care", "Beauty & Körperpflege", "ビューティー"),
            0.130,
            2.0,
            0.030,
            new double[] {0.95, 1.05, 0.95, 0.95, 1.15, 0.95, 0.95, 0.95, 0.95, 1.0, 1.2, 1.45},
            List.of(
                    ProductType.of(
                            "face-roller",
                            "Jade Face Roller",
                            "Jade-Gesichtsroller",
                            "かっさ フェイスローラー",
                            15.99,
                            17,
                            7,
                            5,
                            210,
                            List.of("Jade", "Rose Quartz"),
                            List.of("jade roller", "face roller", "gua sha set", "facial roller", "rose quartz roller"),
                            List.of(
                                    "jade roller",
                                    "gesichtsroller",
                                    "gua sha",
                                    "gesichtsmassage roller",
                                    "rosenquarz roller"),
                            List.of("フェイスローラー", "かっさ", "美顔ローラー", "ジェイドローラー", "ローズクォーツ ローラー")),
                    ProductType.of(
                            "brush-set",
                            "Makeup Brush Set",
                            "Make-up-Pinselset",
                            "メイクブラシセット",
                            16.99,
                            21,
                            10,
                            4,
                            260,
                            List.of("14-Piece", "8-Piece"),
                            List.of(
                                    "makeup brushes",
                                    "makeup brush set",
                                    "foundation brush",
                                    "eyeshadow brushes",
                                    "vegan makeup brushes"),
                            List.of(
                                    "make up pinsel",
                                    "pinselset make up",
                                    "foundation pinsel",
                                    "lidschattenpinsel",
                                    "schminkpinsel set"),
                            List.of("メイクブラシ", "メイクブラシ セット", "ファンデーション ブラシ", "アイシャドウ ブラシ", "化粧筆 セット")),
                    ProductType.of(
                            "scrunchies",
                            "Silk Hair Scrunchies",
                            "Seiden-Haargummis",
                            "シルク シュシュ",
                            9.99,
                            15,
                            10,
                            3,
                            90,
                            List.of("6-Pack", "3-Pack"),
                            List.of(
                                    "silk scrunchies",
                                    "hair ties",
                                    "scrunchies for women",
                                    "satin scrunchies",
                                    "hair scrunchies"),
                            List.of(
                                    "scrunchies seide",
                                    "haargummis",
                                    "seiden haargummi",
                                    "satin scrunchies",
                                    "zopfgummis"),
                            List.of("シュシュ シルク", "ヘアゴム", "シュシュ", "サテン シュシュ", "髪ゴム 跡がつかない")),
                    ProductType.of(
                            "sleep-mask",
                            "Silk Sleep Mask",
                            "Seiden-Schlafmaske",
                            "シルク アイマスク",
                            13.99,
                            20,
                            10,
                            2,
                            60,
                            List.of("Black", "Champagne"),
                            List.of(
                                    "sleep mask",
                                    "silk sleep mask",
                                    "eye mask for sleeping",
                                    "blackout sleep mask",
                                    "sleeping mask for women"),
                            List.of(
                                    "schlafmaske",
                                    "schlafmaske seide",
                                    "augenmaske schlafen",
                                    "schlafbrille",
                                    "schlafmaske damen"),
                            List.of("アイマスク", "アイマスク シルク", "睡眠 アイマスク", "遮光 アイマスク", "アイマスク 女性"))));

    private final List<String> feeCategories;
    private final List<String> names;
    private final double conversion;
    private final double elasticity;
    private final double returnRate;
    private final double[] months;
    private final List<ProductType> types;

    Category(
            List<String> feeCategories,
            List<String> names,
            double conversion,
            double elasticity,
            double returnRate,
            double[] months,
            List<ProductType> types) {
        this.feeCategories = feeCategories;
        this.names = names;
        this.conversion = conversion;
        this.elasticity = elasticity;
        this.returnRate = returnRate;
        this.months = months;
        this.types = types;
    }

    /**
     * The fee category codes of Bosun's rate cards this category is charged as, most specific first (a marketplace's
     * card may lack the first, e.g. Pet Supplies in Germany, which then falls to "everything else").
     */
    public List<String> feeCategories() {
        return feeCategories;
    }

    /** The browse node name in a marketplace's language (0 English, 1 German, 2 Japanese). */
    public String title(int language) {
        return names.get(language);
    }

    /** Share of sessions that order at the reference price, before rating, promotion and Buy Box effects. */
    public double conversion() {
        return conversion;
    }

    /** How strongly demand falls when our price rises above the market's (demand ∝ (price/market)^-e). */
    public double elasticity() {
        return elasticity;
    }

    /** Share of shipped units that come back, for a product of average quality. */
    public double returnRate() {
        return returnRate;
    }

    /** The demand factor of a month (1 = January). */
    public double month(int month) {
        return months[month - 1];
    }

    public List<ProductType> types() {
        return types;
    }
}
