dnl WiredTiger product version for AC_INIT.  Maintained by dist/s_version
10.0.0
