/* tg-server-password.h — an office server's password, asked for once
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @given: a password is now held for the location (from the keyring, or
 * typed); @remember: the person asked to keep it in the keyring once the
 * server takes it (tg_server_password_keep). */
typedef void (*TgServerPasswordFunc) (gboolean given,
                                      gboolean remember,
                                      gpointer user_data);

void tg_server_password_from_keyring (GApplication         *app,
                                      const char           *location,
                                      TgServerPasswordFunc  func,
                                      gpointer              user_data);
void tg_server_password_ask          (GtkApplication       *app,
                                      const char           *location,
                                      const char           *refused,
                                      TgServerPasswordFunc  func,
                                      gpointer              user_data);
void tg_server_password_keep         (const char           *location);

G_END_DECLS
