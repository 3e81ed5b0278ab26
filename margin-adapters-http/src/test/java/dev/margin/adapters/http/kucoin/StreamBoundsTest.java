package dev.margin.adapters.http.kucoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.MalformedMarketDataException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stream's bounds and the token's server, each refused where out of range. */
class StreamBoundsTest {

  static final Duration MS = Duration.ofMillis(1);

  @Test
  void theDefaultsAreValid() {
    KucoinStreamConfig defaults = KucoinStreamConfig.defaults();
    assertThat(defaults.welcomeTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.maxFrameChars()).isEqualTo(65536);
    assertThat(defaults.withMaxFrameChars(1024).maxFrameChars()).isEqualTo(1024);
  }

  @Test
  void boundsOutOfRangeAreRefused() {
    KucoinStreamConfig defaults = KucoinStreamConfig.defaults();
    assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, MS))
        .hasMessageContaining("welcomeTimeout");
    assertThatThrownBy(() -> defaults.withTimeouts(MS, Duration.ofMinutes(2)))
        .hasMessageContaining("ackTimeout");
    assertThatThrownBy(() -> defaults.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("maxBackoff must be at least initialBackoff");
    assertThatThrownBy(() -> defaults.withMaxFrameChars(1023))
        .hasMessageContaining("maxFrameChars");
    assertThatThrownBy(() -> defaults.withTimeouts(null, MS))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("welcomeTimeout is null");
  }

  static BulletResponse bullet(String token, String endpoint, Long interval, Long timeout) {
    return new BulletResponse(
        token,
        List.of(new BulletResponse.InstanceServer(endpoint, true, "websocket", interval, timeout)));
  }

  @Test
  void aTokenForAWssServerIsRead() {
    StreamToken token =
        StreamToken.of(bullet("a+b/c=", "wss://ws-api-spot.kucoin.com/", 18000L, 10000L));
    assertThat(token.pingInterval()).isEqualTo(Duration.ofSeconds(18));
    assertThat(token.pingTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(token.connectUrl("c1"))
        .isEqualTo(URI.create("wss://ws-api-spot.kucoin.com/?token=a%2Bb%2Fc%3D&connectId=c1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ws://ws-api-spot.kucoin.com/",
        "https://ws-api-spot.kucoin.com/",
        "wss://user:secret@ws-api-spot.kucoin.com/",
        "wss://ws-api-spot.kucoin.com/?token=x",
        "not a url",
        "/relative"
      })
  void aServerThatIsNotWssIsRefused(String endpoint) {
    assertThatThrownBy(() -> StreamToken.of(bullet("t", endpoint, 18000L, 10000L)))
        .isInstanceOf(MalformedMarketDataException.class);
  }

  @Test
  void aBadTokenOrHeartbeatIsRefused() {
    String wss = "wss://ws-api-spot.kucoin.com/";
    assertThatThrownBy(() -> StreamToken.of(bullet("a b", wss, 18000L, 10000L)))
        .isInstanceOf(MalformedMarketDataException.class);
    assertThatThrownBy(() -> StreamToken.of(bullet(" ", wss, 18000L, 10000L)))
        .isInstanceOf(MalformedMarketDataException.class);
    assertThatThrownBy(() -> StreamToken.of(bullet("t", wss, 0L, 10000L)))
        .isInstanceOf(MalformedMarketDataException.class);
    assertThatThrownBy(() -> StreamToken.of(bullet("t", wss, 18000L, null)))
        .isInstanceOf(MalformedMarketDataException.class);
    assertThatThrownBy(() -> StreamToken.of(new BulletResponse("t", List.of())))
        .isInstanceOf(MalformedMarketDataException.class);
    assertThatThrownBy(() -> StreamToken.of(null)).isInstanceOf(MalformedMarketDataException.class);
  }
}
