#!/usr/bin/env python
import os
os.system("./api_config.py")
os.system("./api_config.py -t")
