/** Settings of server and client, read from a TOML file and checked key by key. */
package io.sotto.core.config;
