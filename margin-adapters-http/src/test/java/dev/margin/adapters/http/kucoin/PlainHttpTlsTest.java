package dev.margin.adapters.http.kucoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * A client of a plain-HTTP base URL is built without the JDK's default TLS context, which it would
 * never use; one of an HTTPS base URL keeps the default.
 */
class PlainHttpTlsTest {

  @Test
  void aPlainHttpClientCarriesTheRefusingContext() throws Exception {
    HttpClient client =
        KucoinHttp.httpClient(
            KucoinHttpConfig.defaults()
                .withBaseUrl(URI.create("http://127.0.0.1:8080").toString()));

    SSLContext context = client.sslContext();
    assertThat(context.getProtocol()).isEqualTo("none");
    assertThatThrownBy(context::getSocketFactory)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TLS is not used by a client of a plain-HTTP base URL");
    assertThatThrownBy(context::createSSLEngine).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> context.createSSLEngine("127.0.0.1", 443))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(context::getServerSocketFactory).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(context::getClientSessionContext).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(context::getServerSessionContext).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> context.init(null, null, null))
        .isInstanceOf(KeyManagementException.class);
    assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
  }

  @Test
  void anHttpsClientKeepsTheDefaultContext() throws Exception {
    HttpClient client = KucoinHttp.httpClient(KucoinHttpConfig.defaults());

    assertThat(client.sslContext()).isSameAs(SSLContext.getDefault());
    assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_2);
  }
}
