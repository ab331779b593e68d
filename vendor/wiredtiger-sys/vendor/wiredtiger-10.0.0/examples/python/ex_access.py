#!/usr/bin/env python
#
# Public Domain 2014-present MongoDB, Inc.
# Public Domain 2008-2014 WiredTiger, Inc.
#
# This is free and unencumbered software released into the public domain.
#
# Anyone is free to copy, modify, publish, use, compile, sell, or
# distribute this software, either in source code form or as a compiled
# binary, for any purpose, commercial or non-commercial, and by any
# means.
#
# In jurisdictions that recognize copyright laws, the author or authors
# of this software dedicate any and all copyright interest in the
# software to the public domain. We make this dedication for the benefit
# of the public at large and to the detriment of our heirs and
# successors. We intend this dedication to be an overt act of
# relinquishment in perpetuity of all present and future rights to this
# software under copyright law.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
# EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
# MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
# IN NO EVENT SHALL THE AUTHORS BE LIABLE FOR ANY CLAIM, DAMAGES OR
# OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE,
# ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR
# OTHER DEALINGS IN THE SOFTWARE.
#

#! [python simple example]
import os
from wiredtiger import wiredtiger_open

# Connect to the database and open a session
os.system('rm -rf WT_HOME')
os.makedirs('WT_HOME')

conn = wiredtiger_open('WT_HOME', 'create')
session = conn.open_session()

# Create a simple table
session.create('table:T', 'key_format=S,value_format=S')

# Open a cursor and insert a record
cursor = session.open_cursor('table:T', None)

cursor.set_key('key1')
cursor.set_value('value1')
cursor.insert()

# Iterate through the records
cursor.reset()
for key, value in cursor:
    print('Got record: %s : %s' % (key, value))

conn.close()
#! [python simple example]
