package dev.bosun.simulator.domain;

import java.util.List;
import java.util.random.RandomGenerator;

/** Draws from one seeded generator: the distributions the model uses. */
public final class Roll {

    /** Digits and capital letters, the alphabet of Amazon's ids. */
    static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final RandomGenerator random;

    Roll(RandomGenerator random) {
        this.random = random;
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [from, to). */
    public double between(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    public int upTo(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public double normal(double mean, double deviation) {
        return mean + deviation * random.nextGaussian();
    }

    /** Log-normal with the given median and log-scale deviation (0.3 means about ±35 %). */
    public double lognormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** Poisson: exact for small means, a rounded normal beyond 40. */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return (int) Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Successes among {@code trials} with the given probability. */
    public int binomial(int trials, double probability) {
        if (trials <= 0 || probability <= 0) {
            return 0;
        }
        if (probability >= 1) {
            return trials;
        }
        if (trials > 60) {
            double mean = trials * probability;
            double sd = Math.sqrt(mean * (1 - probability));
            return (int) Math.min(trials, Math.max(0, Math.round(normal(mean, sd))));
        }
        int count = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < probability) {
                count++;
            }
        }
        return count;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    public int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A string of {@code length} characters from {@code alphabet}. */
    public String letters(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** A string of decimal digits. */
    public String digits(int length) {
        return letters("0123456789", length);
    }
}
