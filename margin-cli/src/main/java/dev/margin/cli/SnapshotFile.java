package dev.margin.cli;

/** The five raw KuCoin bodies a snapshot directory holds, and what stands in for a missing one. */
enum SnapshotFile {
  CROSS_SYMBOLS(
      "cross-margin-symbols.json",
      "/api/v3/margin/symbols",
      "{\"code\":\"200000\",\"data\":{\"timestamp\":0,\"items\":[]}}"),
  ISOLATED_SYMBOLS(
      "isolated-margin-symbols.json",
      "/api/v1/isolated/symbols",
      "{\"code\":\"200000\",\"data\":[]}"),
  MARK_PRICES(
      "mark-price-all-symbols.json",
      "/api/v3/mark-price/all-symbols",
      "{\"code\":\"200000\",\"data\":[]}"),
  MARGIN_CONFIG(
      "margin-config.json",
      "/api/v1/margin/config",
      "{\"code\":\"200000\",\"data\":{\"currencyList\":[],\"maxLeverage\":1,"
          + "\"warningDebtRatio\":\"1\",\"liqDebtRatio\":\"1\"}}"),
  ETF_INFO("etf-info.json", "/api/v3/etf/info", "{\"code\":\"200000\",\"data\":[]}");

  final String fileName;
  final String path;

  /** Served when the file is missing and the command does not need it. */
  final String standIn;

  SnapshotFile(String fileName, String path, String standIn) {
    this.fileName = fileName;
    this.path = path;
    this.standIn = standIn;
  }

  /** The file behind an endpoint description such as {@code GET /api/v1/margin/config}. */
  static SnapshotFile forEndpoint(String endpoint) {
    for (SnapshotFile file : values()) {
      if (endpoint.endsWith(file.path)) {
        return file;
      }
    }
    return endpoint.contains("/api/v1/mark-price/") ? MARK_PRICES : null;
  }
}
