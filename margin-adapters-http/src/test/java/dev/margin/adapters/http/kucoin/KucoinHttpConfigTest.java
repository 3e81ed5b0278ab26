package dev.margin.adapters.http.kucoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KucoinHttpConfigTest {

  @Test
  void defaultsPointAtKucoinProductionWithShortTimeouts() {
    KucoinHttpConfig config = KucoinHttpConfig.defaults();

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.kucoin.com"));
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.isTls()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080",
        "http://localhost:1",
        "http://[::1]:9000",
        "https://api.kucoin.com/",
        "https://mirror.example.org:8443"
      })
  void acceptsHttpsAnywhereAndHttpOnLoopback(String url) {
    assertThat(KucoinHttpConfig.defaults().withBaseUrl(url).baseUrl().getPath()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.kucoin.com",
        "http://10.0.0.1:8080",
        "http://localhost.example.org",
        "ftp://127.0.0.1",
        "https://user:secret@api.kucoin.com",
        "https://api.kucoin.com/api/v1",
        "https://api.kucoin.com?x=1",
        "api.kucoin.com",
        "https:// bad host"
      })
  void rejectsPlainHttpBeyondLoopbackAndUrlsWithExtras(String url) {
    assertThatThrownBy(() -> KucoinHttpConfig.defaults().withBaseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
  }

  @Test
  void rejectsTimeoutsOutOfRange() {
    KucoinHttpConfig config = KucoinHttpConfig.defaults();

    assertThatThrownBy(() -> config.withConnectTimeout(Duration.ZERO))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> config.withReadTimeout(Duration.ofMinutes(6)))
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> config.withReadTimeout(null)).hasMessage("readTimeout is null");
  }

  /**
   * Feign's Http2Client builds a second, unpooled client whenever the request options' connect
   * timeout or redirect policy differ from the wrapped client's.
   */
  @Test
  void requestOptionsMatchTheWrappedHttpClient() {
    KucoinHttpConfig config =
        KucoinHttpConfig.defaults()
            .withConnectTimeout(Duration.ofMillis(1234))
            .withReadTimeout(Duration.ofMillis(4321));

    Request.Options options = KucoinHttp.options(config);
    HttpClient client = KucoinHttp.httpClient(config);

    assertThat(client.connectTimeout()).contains(Duration.ofMillis(options.connectTimeoutMillis()));
    assertThat(client.followRedirects() == HttpClient.Redirect.ALWAYS)
        .isEqualTo(options.isFollowRedirects());
    assertThat(options.readTimeoutMillis()).isEqualTo(4321);
    assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(KucoinHttp.httpClient(config.withBaseUrl("http://127.0.0.1:1")).version())
        .isEqualTo(HttpClient.Version.HTTP_1_1);
  }

  @Test
  void userAgentNamesTheLibraryAndVersion() {
    assertThat(KucoinHttp.USER_AGENT).matches("margin/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
