#!/usr/bin/env bash
# As in the Apache distribution: kafka.tools.StorageTool
exec /opt/kafka/bin/kafka-run-class.sh kafka.tools.StorageTool "$@"
