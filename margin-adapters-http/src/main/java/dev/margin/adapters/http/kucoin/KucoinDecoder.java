package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Response;
import feign.codec.Decoder;
import java.lang.reflect.Type;

/** Decodes a 2xx response: checks KuCoin's envelope, then reads {@code data} into the wire type. */
final class KucoinDecoder implements Decoder {
  private final KucoinJson json;

  KucoinDecoder(KucoinJson json) {
    this.json = json;
  }

  @Override
  public Object decode(Response response, Type type) {
    JsonNode data = json.successData(response);
    return data == null ? null : json.readData(KucoinJson.endpoint(response.request()), data, type);
  }
}
