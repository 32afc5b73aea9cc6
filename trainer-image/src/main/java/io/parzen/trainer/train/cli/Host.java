package io.parzen.trainer.train.cli;

/** This machine's name, safe for a file name (TensorBoard puts it in event file names). */
final class Host {

    private Host() {}

    static String name() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        String safe = host.replaceAll("[^A-Za-z0-9.-]", "_");
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "localhost" : safe;
    }
}
