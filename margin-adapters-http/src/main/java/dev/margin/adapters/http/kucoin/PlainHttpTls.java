package dev.margin.adapters.http.kucoin;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS of a client that speaks plain HTTP only (a loopback base URL): none. The JDK's {@code
 * HttpClient} makes the default {@code SSLContext} when it is built, which reads the trust store
 * and loads the TLS machinery, a large part of a short-lived process's start; a client that never
 * negotiates TLS is given this context instead, which refuses every use, and parameters of its own.
 */
final class PlainHttpTls {
  private PlainHttpTls() {}

  /** {@return a context whose every use fails: a plain-HTTP client never asks for one} */
  static SSLContext context() {
    return new SSLContext(new Refusing(), null, "none") {};
  }

  /** {@return TLS parameters for the client builder, so it does not ask the context for them} */
  static SSLParameters parameters() {
    return new SSLParameters();
  }

  private static final class Refusing extends SSLContextSpi {
    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random)
        throws KeyManagementException {
      throw new KeyManagementException(refusal().getMessage());
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw refusal();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw refusal();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw refusal();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw refusal();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw refusal();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw refusal();
    }

    private static IllegalStateException refusal() {
      return new IllegalStateException("TLS is not used by a client of a plain-HTTP base URL");
    }
  }
}
