package io.usdtcustody.model.catalogue;

/** The HTTP methods a route of the public API may use (API Gateway's set, without HEAD/OPTIONS/ANY). */
public enum HttpMethod { GET, POST, PUT, PATCH, DELETE }
