package dev.margin.adapters.http.kucoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KucoinHttpConfigBuilderTest {

  @Test
  void aBuilderLeftAloneBuildsTheDefaults() {
    assertThat(KucoinHttpConfig.builder().build()).isEqualTo(KucoinHttpConfig.defaults());
  }

  @Test
  void everyComponentCanBeSet() {
    KucoinHttpConfig config =
        KucoinHttpConfig.builder()
            .baseUrl("http://127.0.0.1:8080")
            .connectTimeout(Duration.ofMillis(100))
            .readTimeout(Duration.ofMillis(200))
            .deadline(Duration.ofMillis(900))
            .maxAttempts(5)
            .initialBackoff(Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(40))
            .publicQuota(100)
            .spotQuota(200)
            .rateWindow(Duration.ofSeconds(10))
            .waitWhenRateLimited(false)
            .build();

    assertThat(config)
        .isEqualTo(
            new KucoinHttpConfig(
                URI.create("http://127.0.0.1:8080"),
                Duration.ofMillis(100),
                Duration.ofMillis(200),
                Duration.ofMillis(900),
                5,
                Duration.ofMillis(10),
                Duration.ofMillis(40),
                100,
                200,
                Duration.ofSeconds(10),
                false));
  }

  @Test
  void toBuilderKeepsWhatIsNotChanged() {
    KucoinHttpConfig config =
        KucoinHttpConfig.defaults().withRetries(1, Duration.ofMillis(5), Duration.ofMillis(5));

    KucoinHttpConfig changed = config.toBuilder().deadline(Duration.ofSeconds(3)).build();

    assertThat(changed.deadline()).isEqualTo(Duration.ofSeconds(3));
    assertThat(changed.toBuilder().deadline(config.deadline()).build()).isEqualTo(config);
  }

  @Test
  void theWithersAgreeWithTheBuilder() {
    KucoinHttpConfig config = KucoinHttpConfig.defaults();

    assertThat(config.withBaseUrl("https://mirror.example.org"))
        .isEqualTo(config.toBuilder().baseUrl(URI.create("https://mirror.example.org")).build());
    assertThat(config.withRateBudget(10, 20, Duration.ofSeconds(1), false))
        .isEqualTo(
            config.toBuilder()
                .publicQuota(10)
                .spotQuota(20)
                .rateWindow(Duration.ofSeconds(1))
                .waitWhenRateLimited(false)
                .build());
  }

  @Test
  void buildChecksAsTheConstructorDoes() {
    KucoinHttpConfigBuilder builder = KucoinHttpConfig.builder();

    assertThatThrownBy(() -> builder.readTimeout(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("readTimeout is null");
    assertThatThrownBy(() -> KucoinHttpConfig.builder().maxAttempts(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> KucoinHttpConfig.builder().baseUrl("http://exa mple.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl is not a URL: 'http://exa mple.org'");
  }
}
